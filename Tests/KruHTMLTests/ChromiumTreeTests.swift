import Foundation
import KruHTML
import Testing

/// kru's tree for each page in Fixtures/trees must be the tree Chromium builds,
/// as recorded by scripts/chromium/record_trees.py in NAME.chromium.txt.
/// Both sides print every node, whitespace-only text included, unnormalised.
///
/// The few pages where kru still differs are listed in ``knownDifferences``
/// with the reason; kru's tree for each is pinned in NAME.kru.txt, so the
/// difference can neither grow unnoticed nor be fixed without the list
/// being updated (docs/html-differences.md describes each one).
struct ChromiumTreeTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/trees")

    static let fixtures: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".html") }.map { String($0.dropLast(5)) }.sorted()
    }()

    /// Pages where kru's tree differs from Chromium's, and why.
    static let knownDifferences: [String: String] = [
        "php-page":
            "Chromium 156 parses `<?php …>` as a processing-instruction node; kru, like libxml2 and the WHATWG spec before 2025, makes a comment",
        "nul-bytes": "kru refuses a file holding NUL bytes as binary; Chromium drops NUL in text and replaces it in attributes",
    ]

    @Test func thereAreEnoughFixtures() {
        #expect(Self.fixtures.count >= 40)
    }

    @Test func everyKnownDifferenceIsAFixtureWithItsPinnedTree() throws {
        for name in Self.knownDifferences.keys.sorted() {
            #expect(Self.fixtures.contains(name), "\(name) is listed as a known difference but has no fixture")
        }
        let pinned = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".kru.txt") }.map { String($0.dropLast(8)) }
        #expect(Set(pinned) == Set(Self.knownDifferences.keys), "NAME.kru.txt files and knownDifferences disagree")
    }

    @Test(arguments: fixtures)
    func treeMatchesChromium(_ name: String) throws {
        let page = try Data(contentsOf: Self.folder.appendingPathComponent(name + ".html"))
        let expected = try String(contentsOf: Self.folder.appendingPathComponent(name + ".chromium.txt"), encoding: .utf8)
        let actual: String
        do {
            actual = try HTMLParser.parse(data: page, file: name + ".html").outline() + "\n"
        } catch {
            actual = "ERROR: \(error.message.en)\n"
        }
        if let folder = ProcessInfo.processInfo.environment["KRU_TREE_DUMP"] {
            try actual.write(toFile: folder + "/" + name + ".kru.txt", atomically: true, encoding: .utf8)
        }
        if let reason = Self.knownDifferences[name] {
            let pinned = try String(contentsOf: Self.folder.appendingPathComponent(name + ".kru.txt"), encoding: .utf8)
            #expect(actual != expected, "\(name) now matches Chromium: remove it from knownDifferences (\(reason)) and delete \(name).kru.txt")
            #expect(actual == pinned, "\(name): kru's tree is no longer the pinned one: \(Self.firstDifference(actual, pinned))")
            return
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
