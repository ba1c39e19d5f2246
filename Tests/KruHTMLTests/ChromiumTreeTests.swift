import Foundation
import KruHTML
import Testing

/// kru's tree for each page in Fixtures/trees must be the tree Chromium builds,
/// as recorded by scripts/chromium/record_trees.py in NAME.chromium.txt.
/// Both sides print every node, whitespace-only text included, unnormalised.
/// Pages in Fixtures/encodings test decoding: Chromium loaded them from their
/// bytes (their recording starts with the `# charset` Chromium chose).
///
/// The few pages where kru still differs are listed in ``knownDifferences``
/// with the reason; kru's tree for each is pinned in NAME.kru.txt, so the
/// difference can neither grow unnoticed nor be fixed without the list
/// being updated (docs/html-differences.md describes each one).
struct ChromiumTreeTests {
    static let fixturesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let folder = fixturesFolder.appendingPathComponent("trees")

    /// `trees/NAME` and `encodings/NAME` for every page.
    static let fixtures: [String] = files(ending: ".html")

    static func files(ending suffix: String) -> [String] {
        ["trees", "encodings"].flatMap { subfolder in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: fixturesFolder.appendingPathComponent(subfolder).path)) ?? []
            return names.filter { $0.hasSuffix(suffix) }.map { "\(subfolder)/\($0.dropLast(suffix.count))" }
        }.sorted()
    }

    /// Pages where kru's tree differs from Chromium's, and why.
    static let knownDifferences: [String: String] = [
        "trees/php-page":
            "Chromium 156 parses `<?php …>` as a processing-instruction node; kru, like libxml2 and the WHATWG spec before 2025, makes a comment",
        "encodings/nul-bytes": "kru refuses a file holding NUL bytes as binary; Chromium drops NUL in text and replaces it in attributes",
        "encodings/invalid-utf8": "kru refuses bytes that are not valid UTF-8; Chromium shows U+FFFD for each bad byte",
        "encodings/charset-none-latin1-bytes":
            "a page without <meta charset> holding Latin-1 bytes: kru refuses it as invalid UTF-8; Chromium reads UTF-8 with U+FFFD",
        "encodings/charset-utf8-declared-latin1-bytes": "declared UTF-8 but holds Latin-1 bytes: kru refuses it; Chromium shows U+FFFD",
        "encodings/charset-gbk": "kru does not know the gbk label: it reads UTF-8 and refuses the bytes",
        "encodings/charset-big5": "kru does not know the big5 label: it reads UTF-8 and refuses the bytes",
        "encodings/charset-euc-kr": "kru does not know the euc-kr label: it reads UTF-8 and refuses the bytes",
        "encodings/charset-koi8-r": "kru does not know the koi8-r label: it reads UTF-8 and refuses the bytes",
        "encodings/charset-windows-874": "kru does not know the windows-874 (Thai) label: it reads UTF-8 and refuses the bytes",
        "encodings/charset-iso-8859-15": "kru does not know the iso-8859-15 label: it reads UTF-8 and refuses the bytes",
    ]

    @Test func thereAreEnoughFixtures() {
        #expect(Self.fixtures.count >= 40)
    }

    @Test func everyKnownDifferenceIsAFixtureWithItsPinnedTree() throws {
        for name in Self.knownDifferences.keys.sorted() {
            #expect(Self.fixtures.contains(name), "\(name) is listed as a known difference but has no fixture")
        }
        let pinned = Self.files(ending: ".kru.txt")
        #expect(Set(pinned) == Set(Self.knownDifferences.keys), "NAME.kru.txt files and knownDifferences disagree")
    }

    @Test(arguments: fixtures)
    func treeMatchesChromium(_ name: String) throws {
        let base = Self.fixturesFolder.appendingPathComponent(name)
        let page = try Data(contentsOf: base.appendingPathExtension("html"))
        var expected = try String(contentsOf: base.appendingPathExtension("chromium.txt"), encoding: .utf8)
        if expected.hasPrefix("# charset "), let lineEnd = expected.firstIndex(of: "\n") {
            expected = String(expected[expected.index(after: lineEnd)...])
        }
        let file = String(name.split(separator: "/").last ?? "") + ".html"
        let actual: String
        do {
            actual = try HTMLParser.parse(data: page, file: file).outline() + "\n"
        } catch {
            actual = "ERROR: \(error.message.en)\n"
        }
        if let folder = ProcessInfo.processInfo.environment["KRU_TREE_DUMP"] {
            try actual.write(toFile: folder + "/" + name.replacingOccurrences(of: "/", with: "--") + ".kru.txt", atomically: true, encoding: .utf8)
        }
        if let reason = Self.knownDifferences[name] {
            let pinned = try String(contentsOf: base.appendingPathExtension("kru.txt"), encoding: .utf8)
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
