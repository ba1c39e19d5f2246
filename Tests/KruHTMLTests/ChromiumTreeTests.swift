import Foundation
import KruHTML
import Testing

/// kru's tree for each page in Fixtures/trees must be the tree Chromium builds,
/// as recorded by scripts/chromium/record_trees.py in NAME.chromium.txt.
/// Both sides print every node, whitespace-only text included, unnormalised.
struct ChromiumTreeTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/trees")

    static let fixtures: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".html") }.map { String($0.dropLast(5)) }.sorted()
    }()

    @Test func thereAreEnoughFixtures() {
        #expect(Self.fixtures.count >= 40)
    }

    @Test(arguments: fixtures)
    func treeMatchesChromium(_ name: String) throws {
        let page = try Data(contentsOf: Self.folder.appendingPathComponent(name + ".html"))
        let expected = try String(contentsOf: Self.folder.appendingPathComponent(name + ".chromium.txt"), encoding: .utf8)
        let document = try HTMLParser.parse(data: page, file: name + ".html")
        let actual = document.outline() + "\n"
        if let folder = ProcessInfo.processInfo.environment["KRU_TREE_DUMP"] {
            try actual.write(toFile: folder + "/" + name + ".kru.txt", atomically: true, encoding: .utf8)
        }
        let same = actual == expected
        #expect(same, "\(name): \(Self.firstDifference(actual, expected))")
    }

    /// The first line that differs, with the kru and Chromium versions.
    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let kru = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let chromium = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(kru.count, chromium.count) {
            let left = index < kru.count ? String(kru[index]) : "(end)"
            let right = index < chromium.count ? String(chromium[index]) : "(end)"
            if left != right { return "line \(index + 1): kru \(left) | chromium \(right)" }
        }
        return "same"
    }
}
