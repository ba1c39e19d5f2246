import KruCore
import KruYAML
import Testing

@Suite struct YAMLTreeTests {
    @Test func keepsTheLocationOfEveryNode() throws {
        let tree = try YAMLTree.parse("title:\n  en: Hi\n  km: \"សួស្តី\"\nhints:\n  - a\n  - b\n", file: "x.yaml")
        #expect(tree.entries?.map(\.key) == ["title", "hints"])
        #expect(tree.entry("hints")?.keyLocation == SourceLocation(file: "x.yaml", line: 4, column: 1))
        let km = try #require(tree["title"]?["km"])
        #expect(km.scalar == "សួស្តី")
        #expect(km.isQuoted)
        #expect(km.location == SourceLocation(file: "x.yaml", line: 3, column: 7))
        #expect(tree["hints"]?.items?.map(\.scalar) == ["a", "b"])
        #expect(tree["hints"]?.items?[1].location.line == 6)
        var scalars: [String] = []
        tree.walk { if let text = $0.scalar { scalars.append(text) } }
        #expect(scalars == ["Hi", "សួស្តី", "a", "b"])
    }

    @Test func nullAndKinds() throws {
        let tree = try YAMLTree.parse("a: ~\nb: ''\nc:\n", file: "x.yaml")
        #expect(tree["a"]?.isNull == true)
        #expect(tree["b"]?.isNull == false, "a quoted empty string is text")
        #expect(tree["c"]?.isNull == true)
        #expect(tree.kindName == "a mapping (key: value lines)")
    }

    @Test(arguments: [
        ("a: [1, 2\n", 2, "not valid YAML"),
        ("", 1, "the file is empty"),
        ("a: 1\nb: 2\na: 3\n", 3, "duplicate key"),
        ("title:\n  en: a\n  km: b\n  en: c\n", 4, "duplicate key \"en\""),
        ("? [a, b]\n: 1\n", 1, "a key must be a plain word"),
    ])
    func refusesWithTheLine(_ text: String, _ line: Int, _ words: String) {
        #expect {
            _ = try YAMLTree.parse(text, file: "bad.yaml")
        } throws: { error in
            guard let error = error as? YAMLLoadError else { return false }
            return error.location.file == "bad.yaml" && error.location.line == line && error.message.contains(words)
        }
    }

    @Test func aliasesAreExpandedWithinTheBudget() throws {
        let tree = try YAMLTree.parse("base: &x {k: 1}\nother: *x\n", file: "x.yaml")
        #expect(tree["other"]?["k"]?.scalar == "1")
    }

    @Test func billionLaughsIsRefusedNotExpanded() {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let previous = (0..<10).map { _ in "*a\(level - 1)" }.joined(separator: ", ")
            text += "a\(level): &a\(level) [\(previous)]\n"
        }
        #expect(throws: YAMLLoadError.self) { try YAMLTree.parse(text, file: "bomb.yaml") }
    }

    @Test func depthAndSizeAreBounded() {
        let deep = String(repeating: "[", count: YAMLTree.depthLimit + 5) + String(repeating: "]", count: YAMLTree.depthLimit + 5)
        #expect(throws: YAMLLoadError.self) { try YAMLTree.parse(deep, file: "deep.yaml") }
        let wide = "[" + Array(repeating: "1", count: YAMLTree.nodeLimit + 1).joined(separator: ",") + "]"
        #expect(throws: YAMLLoadError.self) { try YAMLTree.parse(wide, file: "wide.yaml") }
    }
}
