import KruCore
import KruRubric
import Testing

/// web/04-table.
struct TableTests {
    let exercise = "web/04-table"

    func failing(_ body: String) throws -> Set<String> {
        try KruRubricTests.failing(exercise, page("<!DOCTYPE html><html><head><title>t</title></head><body>\(body)</body></html>"))
    }

    let good = "<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr><tr><td>1</td><td>2</td></tr><tr><td>1</td><td>2</td></tr></table>"

    @Test func aGoodTableWithoutTbodyPasses() throws {
        #expect(try failing(good).isEmpty)
    }

    @Test func noTable() throws {
        #expect(try failing("<p>nothing</p>") == ["table", "header-row", "data-rows", "same-width"])
    }

    @Test func headerRow() throws {
        #expect(try failing("<table><tr><th>a</th></tr><tr><td>1</td></tr><tr><td>1</td></tr><tr><td>1</td></tr></table>") == ["header-row"])
        #expect(try failing("<table><tr><th>a</th><td>b</td></tr><tr><td>1</td><td>2</td></tr><tr><td>1</td><td>2</td></tr><tr><td>1</td><td>2</td></tr></table>") == ["header-row"])
        // The header row may be in <thead>, after a <caption>.
        #expect(try failing("<table><caption>c</caption><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr><tr><td>1</td><td>2</td></tr><tr><td>1</td><td>2</td></tr></tbody></table>").isEmpty)
        // Unclosed cells and rows, uppercase.
        #expect(try failing("<TABLE><TR><TH>a<TH>b<TR><TD>1<TD>2<TR><TD>1<TD>2<TR><TD>1<TD>2</TABLE>").isEmpty)
    }

    @Test func onlyTheFirstTableCounts() throws {
        let bad = "<table><tr><td>a</td><td>b</td></tr></table>"
        #expect(try failing(bad + good) == ["header-row", "data-rows"])
        #expect(try failing(good + bad).isEmpty)
    }

    @Test func dataRows() throws {
        #expect(try failing("<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr><tr><td>1</td><td>2</td></tr></table>") == ["data-rows"])
        // A row of only <th> is not a data row.
        #expect(try failing("<table><tr><th>a</th><th>b</th></tr><tr><th>1</th><th>2</th></tr><tr><td>1</td><td>2</td></tr><tr><td>1</td><td>2</td></tr></table>") == ["data-rows"])
        // Rows of a nested table are not rows of this table.
        #expect(try failing("<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td><table><tr><td>x</td></tr><tr><td>y</td></tr></table></td></tr></table>") == ["data-rows"])
    }

    @Test func sameWidth() throws {
        #expect(try failing("<table><tr><th>a</th><th>b</th><th>c</th></tr><tr><td>1</td><td colspan=2>2</td></tr><tr><td colspan=\"3\">x</td></tr><tr><td>1</td><td>2</td><td>3</td></tr></table>").isEmpty)
        #expect(try failing("<table><tr><th>a</th><th>b</th><th>c</th></tr><tr><td>1</td><td>2</td></tr><tr><td>1</td><td>2</td><td>3</td></tr><tr><td>1</td><td>2</td><td>3</td></tr></table>") == ["same-width"])
        // Invalid colspans count 1; "2abc" is read as 2 like a browser does.
        #expect(try failing("<table><tr><th>a</th><th>b</th></tr><tr><td colspan=0>1</td><td>2</td></tr><tr><td colspan=x>1</td><td>2</td></tr><tr><td colspan=\"2abc\">1</td></tr></table>").isEmpty)
        #expect(try failing("<table><tr><th>a</th><th>b</th></tr><tr><td colspan=-2>1</td></tr><tr><td>1</td><td>2</td></tr><tr><td>1</td><td>2</td></tr></table>") == ["same-width"])
    }

    @Test func colspanParsing() throws {
        let cases: [(String, Int)] = [("2", 2), (" 3", 3), ("+2", 2), ("2.5", 2), ("0", 1), ("-1", 1), ("", 1), ("abc", 1), ("5000", 1000)]
        for (value, expected) in cases {
            let width = expected + 1
            let cells = "<td colspan=\"\(value)\">x</td><td>y</td>"
            let row = String(repeating: "<th>h</th>", count: width)
            let html = "<table><tr>\(row)</tr><tr>\(cells)</tr><tr>\(cells)</tr><tr>\(cells)</tr></table>"
            #expect(try failing(html).isEmpty, "colspan=\"\(value)\" should count \(expected)")
        }
    }

    @Test func sameWidthMessageBlamesTheOddRow() throws {
        let html = "<table>\n<tr><th>a</th><th>b</th></tr>\n<tr><td>1</td><td>2</td></tr>\n<tr><td>1</td></tr>\n</table>"
        let grade = WebGrader(rubric: try bundledRubric(exercise)).grade(page(html))
        let check = try #require(grade.checks.first { $0.id == "same-width" })
        #expect(check.location?.line == 4)
        #expect(check.message.en.contains("the row at line 4 is 1 cells wide, but the other rows are 2 wide"))
    }
}
