import Foundation
import KruCore
import KruRubric
import Testing

/// web/01-first-page: each reference check passes and fails where it should.
struct FirstPageTests {
    let exercise = "web/01-first-page"

    func status(_ check: String, _ html: String) throws -> CheckStatus? {
        try statuses(exercise, page(html))[check]
    }

    @Test func doctype() throws {
        #expect(try status("doctype", "<!DOCTYPE html><html></html>") == .pass)
        #expect(try status("doctype", "\n\n  <!doctype HTML>\n<html></html>") == .pass)
        #expect(try status("doctype", "<!-- hi -->\n<!-- two -->\n<!DocType html >") == .pass)
        #expect(try status("doctype", "\u{FEFF}<!DOCTYPE html>") == .pass)
        #expect(try status("doctype", "<html><!DOCTYPE html></html>") == .fail)
        #expect(try status("doctype", "hello <!DOCTYPE html>") == .fail)
        #expect(try status("doctype", "<!DOCTYPE htm>") == .fail)
        #expect(try status("doctype", "<!DOCTYPE html5>") == .fail)
        #expect(try status("doctype", "<!DOCTYPEhtml>") == .pass)
        // A legacy doctype does not begin with <!DOCTYPE html>.
        #expect(try status("doctype", "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">") == .fail)
        #expect(try status("doctype", "<!DOCTYPE html SYSTEM \"about:legacy-compat\">") == .fail)
        #expect(try status("doctype", "<html lang=km><body><p>x</p></body></html>") == .fail)
        #expect(try status("doctype", "") == .fail)
    }

    @Test func doctypeMessageSaysWhereTheFileBegins() throws {
        let grade = WebGrader(rubric: try bundledRubric(exercise)).grade(page("\n<html>\n<!DOCTYPE html>"))
        let check = try #require(grade.checks.first { $0.id == "doctype" })
        #expect(check.location == SourceLocation(file: "index.html", line: 2, column: 1))
        #expect(check.message.en.contains("line 3 comes too late"))
        #expect(check.message.km.contains("បន្ទាត់ទី 3"))
    }

    @Test func htmlLang() throws {
        #expect(try status("html-lang", "<!DOCTYPE html><html lang=\"km\"></html>") == .pass)
        #expect(try status("html-lang", "<HTML LANG=en>") == .pass)
        #expect(try status("html-lang", "<html lang=\"  \">") == .fail)
        #expect(try status("html-lang", "<html lang>") == .fail)
        #expect(try status("html-lang", "<html>") == .fail)
        #expect(try status("html-lang", "<p lang=en>no html tag written</p>") == .fail)
    }

    @Test func title() throws {
        #expect(try status("title", "<html><head><title>ទំព័រ</title></head></html>") == .pass)
        #expect(try status("title", "<title>Mine</title><p>implied head</p>") == .pass)
        #expect(try status("title", "<html><head><title>  </title></head></html>") == .fail)
        #expect(try status("title", "<html><head></head><body><TITLE>In body</TITLE></body></html>") == .fail)
        #expect(try status("title", "<html><head></head><body></body></html>") == .fail)
    }

    @Test func oneH1() throws {
        #expect(try status("one-h1", "<h1>សួស្តី</h1>") == .pass)
        #expect(try status("one-h1", "<H1> Hello </H1>") == .pass)
        #expect(try status("one-h1", "<h1>One</h1><h1>Two</h1>") == .fail)
        #expect(try status("one-h1", "<h1> </h1>") == .fail)
        #expect(try status("one-h1", "<h2>no h1</h2>") == .fail)
    }

    @Test func twoH1MessageNamesBothLines() throws {
        let html = "<!DOCTYPE html>\n<html>\n<body>\n\n<h1>A</h1>\n<p>x</p>\n\n\n<h1>B</h1>\n</body></html>"
        let grade = WebGrader(rubric: try bundledRubric(exercise)).grade(page(html))
        let check = try #require(grade.checks.first { $0.id == "one-h1" })
        #expect(check.status == .fail)
        #expect(check.message.en == "found 2 <h1> elements, at lines 5 and 9; expected exactly 1")
        #expect(check.message.km == "រកឃើញធាតុ <h1> ចំនួន 2 នៅបន្ទាត់ទី 5 និង 9; ត្រូវមានចំនួន 1 ពិតប្រាកដ")
        #expect(check.location?.line == 9)
        #expect(check.points == 0 && check.maxPoints == 1)
    }

    @Test func paragraphCountsGraphemesNotWords() throws {
        #expect(try status("paragraph", "<p>ខ្ញុំរៀនសរសេរកូដនៅក្លឹប</p>") == .pass)
        #expect(try status("paragraph", "<p>Hello world</p>") == .pass)  // 10 letters
        #expect(try status("paragraph", "<p>Hello wor</p>") == .fail)  // 8 letters
        #expect(try status("paragraph", "<p>a b c d e f g h i</p>") == .fail)  // 9 letters, many spaces
        #expect(try status("paragraph", "<p>a b c d e f g h i j</p>") == .pass)
        // 9 Khmer grapheme clusters as Chromium's Intl.Segmenter counts them: fails; 10: passes.
        let nine = "ខ្ញុំចូលចិត្តអានកក"  // ខ្ញុំ ចូ ល ចិ ត្ត អា ន ក ក
        #expect(try status("paragraph", "<p>\(nine)</p>") == .fail)
        #expect(try status("paragraph", "<p>\(nine)ៗ</p>") == .pass)
        #expect(try status("paragraph", "<p>short</p><p>This one is long enough.</p>") == .pass)
        #expect(try status("paragraph", "<div>Ten letters and more, but not in a paragraph</div>") == .fail)
    }

    @Test func paragraphMessageCountsCharacters() throws {
        let grade = WebGrader(rubric: try bundledRubric(exercise)).grade(page("<p>ខ្ញុំ</p>"))
        let check = try #require(grade.checks.first { $0.id == "paragraph" })
        #expect(check.message.en.contains("has 1 character (not counting spaces)"))
        #expect(check.message.km.contains("មាន 1 តួអក្សរ"))
    }

    @Test func missingIndexFailsEveryCheckWithAReason() throws {
        let grade = WebGrader(rubric: try bundledRubric(exercise)).grade(site(["Index.html": "<!DOCTYPE html>"]))
        for check in grade.checks {
            #expect(check.status == .fail)
            #expect(check.message.en.contains("rename it to index.html"))
            #expect(!check.message.km.isEmpty)
        }
    }

    @Test func binaryFileFailsWithAReason() throws {
        let submission = SubmissionFiles(origin: "t", files: ["index.html": Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0])])
        let grade = WebGrader(rubric: try bundledRubric(exercise)).grade(submission)
        #expect(grade.checks.allSatisfy { $0.status == .fail && $0.message.en.contains("not a text file") })
    }
}
