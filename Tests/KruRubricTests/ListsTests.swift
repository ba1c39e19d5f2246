import KruCore
import KruRubric
import Testing

/// web/02-lists.
struct ListsTests {
    let exercise = "web/02-lists"

    func status(_ check: String, _ body: String) throws -> CheckStatus? {
        try statuses(exercise, page("<!DOCTYPE html><html lang=km><head><title>t</title></head><body>\(body)</body></html>"))[check]
    }

    @Test func headings() throws {
        #expect(try status("headings", "<h1>a</h1><h2>b</h2><h3>c</h3><h2>d</h2>") == .pass)
        #expect(try status("headings", "<h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><h2>e</h2>") == .pass)
        #expect(try status("headings", "<h1>a</h1><h2>b</h2><h4>c</h4><h2>d</h2>") == .fail)  // h4 after h2
        #expect(try status("headings", "<h2>b</h2><h1>a</h1><h2>d</h2>") == .fail)  // first heading is h2
        #expect(try status("headings", "<h1>a</h1><h2>b</h2>") == .fail)  // one h2
        #expect(try status("headings", "<h1>a</h1><h1>x</h1><h2>b</h2><h2>c</h2>") == .fail)
        #expect(try status("headings", "<H1>a</H1><H2>b</H2><H2>c</H2>") == .pass)
    }

    @Test func headingSkipMessage() throws {
        let html = "<h1>a</h1>\n<h2>b</h2>\n<h4>c</h4>\n<h2>d</h2>"
        let grade = WebGrader(rubric: try bundledRubric(exercise)).grade(page(html))
        let check = try #require(grade.checks.first { $0.id == "headings" })
        #expect(check.message.en.hasPrefix("<h4> at line 3 comes after <h2> at line 2: level 3 is skipped"))
        #expect(check.location?.line == 3)
    }

    @Test func ulItems() throws {
        #expect(try status("ul-items", "<ul><li>a</li><li>b</li><li>c</li></ul>") == .pass)
        #expect(try status("ul-items", "<ul><li>a<li>b<li>c</ul>") == .pass)  // implied </li>
        #expect(try status("ul-items", "<ul><li>a</li><li>b</li></ul>") == .fail)
        #expect(try status("ul-items", "<ul><li>a</li><li> </li><li>c</li></ul>") == .fail)
        #expect(try status("ul-items", "<ul><li>a</li><li> </li><li>c</li><li>d</li></ul>") == .pass)
        // Nested <li> are not children of the outer list.
        #expect(try status("ul-items", "<ul><li>a<ul><li>b</li><li>c</li></ul></li></ul>") == .fail)
        #expect(try status("ul-items", "<ul><li>a</li></ul><ul><li>x</li><li>y</li><li>z</li></ul>") == .pass)
        #expect(try status("ul-items", "<ol><li>a</li><li>b</li><li>c</li></ol>") == .fail)
        #expect(try status("ul-items", "<ul><li><img src=a.png alt=x></li><li>b</li><li>c</li></ul>") == .fail)
    }

    @Test func olItems() throws {
        #expect(try status("ol-items", "<ol><li>a</li><li>b</li></ol>") == .pass)
        #expect(try status("ol-items", "<ol><li></li><li></li></ol>") == .pass)  // text not required
        #expect(try status("ol-items", "<ol><li>a</li></ol>") == .fail)
        #expect(try status("ol-items", "<ol><div><li>a</li><li>b</li></div></ol>") == .fail)
        #expect(try status("ol-items", "<ul><li>a</li><li>b</li></ul>") == .fail)
    }

    @Test func listChildren() throws {
        #expect(try status("list-children", "<p>no lists at all</p>") == .pass)
        #expect(try status("list-children", "<ul><li>a</li><script>x()</script><template><p>t</p></template></ul>") == .pass)
        #expect(try status("list-children", "<ul><p>x</p><li>a</li></ul>") == .fail)
        #expect(try status("list-children", "<ol><li>a</li><div>b</div></ol>") == .fail)
        #expect(try status("list-children", "<ul><li>a <p>inside li is fine</p></li></ul>") == .pass)
        // Text directly in a list is not an element child.
        #expect(try status("list-children", "<ul>Fruits: <li>a</li></ul>") == .pass)
    }

    @Test func listChildrenMessagePointsAtTheIntruder() throws {
        let html = "<ul>\n<li>a</li>\n<p>x</p>\n</ul>"
        let grade = WebGrader(rubric: try bundledRubric(exercise)).grade(page(html))
        let check = try #require(grade.checks.first { $0.id == "list-children" })
        #expect(check.status == .fail)
        #expect(check.location?.line == 3)
        #expect(check.message.en.contains("<p> at line 3: it is a <p> element"))
        #expect(check.message.km.contains("<p> នៅបន្ទាត់ទី 3"))
    }
}
