import Foundation
import KruCore
import Testing
@testable import KruMaze

private func gradeFile(_ data: Data, name: String = "program.xml") throws -> PuzzleGrade {
    PuzzleGrader(puzzle: try makePuzzle(straight)).grade(SubmissionFiles(origin: "student", files: [name: data]))
}

/// An unreadable program: every check is an error and the message names the file.
private func expectUnreadable(_ result: PuzzleGrade, file: String, _ words: String...) {
    #expect(result.run.outcome == .notRun)
    #expect(result.checks.allSatisfy { $0.status == .error })
    let message = result.checks[0].message
    #expect(message.en.contains(file))
    #expect(!message.km.isEmpty)
    for word in words { #expect(message.en.contains(word), "\(message.en)") }
    #expect(result.diagnostics.count == 1)
}

@Test func malformedXML() throws {
    let result = try gradeFile(Data("<xml><block type=\"maze_moveForward\">\n</xml>".utf8))
    expectUnreadable(result, file: "program.xml", "broken")
    #expect(result.checks[0].location?.line == 2)
}

@Test func doctypeWithExternalEntityDoesNotReadTheFile() throws {
    let source = """
        <?xml version="1.0"?>
        <!DOCTYPE xml [<!ENTITY e SYSTEM "file:///etc/passwd">]>
        <xml><block type="&e;" id="x"/></xml>
        """
    let result = try gradeFile(Data(source.utf8))
    expectUnreadable(result, file: "program.xml", "DOCTYPE")
    #expect(!result.checks[0].message.en.contains("root:"))
}

@Test func entityExpansionBomb() throws {
    var source = "<?xml version=\"1.0\"?>\n<!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\">"
    for level in 1...12 {
        source += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level == 1 ? "" : String(level - 1));", count: 10) + "\">"
    }
    source += "]>\n<xml><block type=\"maze_moveForward\" id=\"&a12;\"/></xml>"
    expectUnreadable(try gradeFile(Data(source.utf8)), file: "program.xml", "DOCTYPE")
}

@Test func veryDeepNestingInEveryFormat() throws {
    let depth = 100_000
    let xml = "<xml>" + String(repeating: #"<block type="controls_repeat"><field name="TIMES">1</field><statement name="DO">"#, count: depth)
        + String(repeating: "</statement></block>", count: depth) + "</xml>"
    expectUnreadable(try gradeFile(Data(xml.utf8)), file: "program.xml")
    let json = #"{"blocks":{"blocks":["# + String(repeating: #"{"type":"maze_forever","inputs":{"DO":{"block":"#, count: depth)
        + #"{"type":"maze_moveForward"}"# + String(repeating: "}}}", count: depth) + "]}}"
    expectUnreadable(try gradeFile(Data(json.utf8), name: "p.json"), file: "p.json")
    let text = String(repeating: "repeat 1 { ", count: depth) + "forward" + String(repeating: " }", count: depth)
    expectUnreadable(try gradeFile(Data(text.utf8), name: "p.txt"), file: "p.txt", "nested")
    // Deep but reasonable nesting runs.
    let fine = String(repeating: "repeat 1 { ", count: 60) + "forward forward" + String(repeating: " }", count: 60)
    #expect(try gradeFile(Data(fine.utf8), name: "p.txt").run.outcome == .solved)
}

@Test func binaryAndEmptyFiles() throws {
    expectUnreadable(try gradeFile(Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]), name: "program.xml"), file: "program.xml")
    expectUnreadable(try gradeFile(Data(), name: "program.xml"), file: "program.xml", "empty")
    expectUnreadable(try gradeFile(Data("   \n\n".utf8), name: "program.txt"), file: "program.txt", "empty")
    expectUnreadable(try gradeFile(Data([0xFF, 0xFE, 0x3C, 0x00]), name: "program.xml"), file: "program.xml")
}

@Test func submissionMustHoldOneProgram() throws {
    let puzzle = try makePuzzle(straight)
    let grader = PuzzleGrader(puzzle: puzzle)
    let two = grader.grade(SubmissionFiles(origin: "s", files: ["a.xml": Data("<xml/>".utf8), "b.txt": Data("forward".utf8)]))
    #expect(two.checks.allSatisfy { $0.status == .error })
    #expect(two.checks[0].message.en.contains("a.xml, b.txt"))
    let none = grader.grade(SubmissionFiles(origin: "s", files: [:]))
    #expect(none.checks.allSatisfy { $0.status == .error })
    // One program file beside other files; any name; hidden files ignored.
    let one = grader.grade(SubmissionFiles(origin: "s", files: [
        "my robot.TXT": Data("forward forward".utf8), "notes.md": Data("hi".utf8), ".DS_Store": Data([0]),
    ]))
    #expect(one.run.outcome == .solved)
    let anyName = grader.grade(SubmissionFiles(origin: "s", files: ["solution": Data("forward forward".utf8)]))
    #expect(anyName.run.outcome == .solved)
}

@Test func externalEntitiesAndIncludesNeverReadAFile() throws {
    let secret = "kru-secret-\(UUID().uuidString)"
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("kru-maze-\(UUID().uuidString).txt")
    try Data(secret.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let sources = [
        // General external entity used in an attribute and in a field.
        "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY s SYSTEM \"\(file.absoluteString)\">]><xml><block type=\"maze_turn\" id=\"&s;\"><field name=\"DIR\">&s;</field></block></xml>",
        // Parameter entity pulling in the file inside the DTD.
        "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY % p SYSTEM \"\(file.path)\"> %p;]><xml/>",
        // External DTD subset.
        "<?xml version=\"1.0\"?><!DOCTYPE xml SYSTEM \"\(file.path)\"><xml><block type=\"maze_moveForward\"/></xml>",
        // XInclude is not processed: the include element is just an unknown element.
        "<xml xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"\(file.path)\" parse=\"text\"/></xml>",
    ]
    for source in sources {
        let result = try gradeFile(Data(source.utf8))
        let everything = result.checks.map { "\($0.message.en) \($0.message.km) \($0.hint?.en ?? "")" }.joined()
            + result.diagnostics.map(\.message.en).joined() + "\(result.program as Any)"
        #expect(!everything.contains(secret), "\(source)")
        #expect(result.run.outcome == .notRun)
    }
}

@Test func hugeProgramFilesAreRefusedWithTheirSize() throws {
    let big = Data(String(repeating: "forward\n", count: 600_000).utf8)  // 4.8 MB
    let result = try gradeFile(big, name: "huge.txt")
    expectUnreadable(result, file: "huge.txt", "too large")
    // A long but reasonable text program loads and runs into the step budget.
    let long = try gradeFile(Data(String(repeating: "turn left\n", count: 12_000).utf8), name: "long.txt")
    #expect(long.run.outcome == .timeout)
    #expect(long.run.steps == 10_000)
}

@Test func badRepeatCountsAreProgramErrorsWithTheBlockID() throws {
    let puzzle = try makePuzzle(straight)
    for count in ["-1", "NaN", "inf", "1.5", "", "three", "-0.5"] {
        let xml = #"<xml><block type="controls_repeat" id="r1"><field name="TIMES">\#(count)</field><statement name="DO"><block type="maze_moveForward" id="f"/></statement></block></xml>"#
        let result = try grade(xml, on: puzzle, file: "p.xml")
        #expect(result.run.outcome == .notRun, "\(count)")
        #expect(result.run.block == "r1", "\(count)")
        #expect(result.diagnostics.first?.message.en.contains("`r1`") == true, "\(count)")
    }
    // JSON numbers beyond any Int, as numbers: capped, so the run times out instead of overflowing.
    for number in ["1e300", "18446744073709551616"] {
        let json = #"{"blocks":{"blocks":[{"type":"controls_repeat_ext","id":"r","inputs":{"TIMES":{"shadow":{"type":"math_number","fields":{"NUM":\#(number)}}},"DO":{"block":{"type":"maze_turn","fields":{"DIR":"turnLeft"}}}}}]}}"#
        let result = try grade(json, on: puzzle, file: "p.json")
        #expect(result.run.outcome == .timeout, "\(number)")
    }
}

@Test func deeplyNestedJSONArraysAreAClearError() throws {
    let depth = 200_000
    let json = #"{"blocks":{"blocks":"# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}}"
    let result = try gradeFile(Data(json.utf8), name: "p.json")
    #expect(result.run.outcome == .notRun)
    #expect(result.checks.allSatisfy { $0.status == .error || $0.status == .fail })
}

@Test func programFilesAreFoundByExtensionInAnyCaseAndHiddenPathsAreSkipped() {
    let cases: [([String], String?)] = [
        (["a.XML", "notes.md"], "a.XML"),
        (["ស្រីនាង/កម្មវិធី.Json", "ស្រីនាង/អាន.md"], "ស្រីនាង/កម្មវិធី.Json"),
        (["x/.git/config.txt", "__MACOSX/p.xml", "d/._p.xml", "p.tXt"], "p.tXt"),
        (["program.xmlx", "program"], nil),  // neither is a program file, and two files are left
        (["only-file"], "only-file"),
        ([".hidden.xml", "solution.jsonl"], "solution.jsonl"),  // the only visible file
        (["a/b/c.txt", "a/b/c.TXT"], nil),
        (["ស.xml\u{301}", "p.json"], "p.json"),  // a combining accent makes the last character "ĺ"
        (["MY.XML"], "MY.XML"),
        (["a/.\u{301}x/p.txt"], "a/.\u{301}x/p.txt"),  // ".́x" does not start with "."
    ]
    for (paths, expected) in cases {
        let files = Dictionary(uniqueKeysWithValues: paths.map { ($0, Data()) })
        let found = try? PuzzleGrader.programFile(in: SubmissionFiles(origin: "s", files: files)).get()
        #expect(found == expected, "\(paths)")
    }
}
