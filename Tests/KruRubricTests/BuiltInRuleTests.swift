import KruCore
@testable import KruRubric
import Testing

/// The built-in rules, on their own.
struct BuiltInRuleTests {
    @Test func localURLResolution() {
        typealias T = LocalURL.Target
        let cases: [(String, String, T)] = [
            ("about.html", "index.html", .file("about.html")),
            ("./about.html", "index.html", .file("about.html")),
            ("about.html#team", "index.html", .file("about.html")),
            ("about.html?x=1#y", "index.html", .file("about.html")),
            (" about.html\n", "index.html", .file("about.html")),
            ("img\\cat.png", "index.html", .file("img/cat.png")),
            ("my%20cat.png", "index.html", .file("my cat.png")),
            ("%E1%9E%80.png", "index.html", .file("ក.png")),
            ("bad%zzescape.png", "index.html", .file("bad%zzescape.png")),
            ("../index.html", "pages/about.html", .file("index.html")),
            ("cat.png", "pages/about.html", .file("pages/cat.png")),
            ("../x.html", "index.html", .outside),
            ("pages/../../x.html", "index.html", .outside),
            ("/about.html", "index.html", .outside),
            ("file:///C:/Users/me/a.html", "index.html", .outside),
            ("C:\\Users\\me\\cat.jpg", "index.html", .outside),
            ("d:/site/a.html", "index.html", .outside),
            ("#top", "index.html", .notChecked),
            ("", "index.html", .notChecked),
            ("?page=2", "index.html", .notChecked),
            ("mailto:a@b.c", "index.html", .notChecked),
            ("TEL:012345678", "index.html", .notChecked),
            ("javascript:alert(1)", "index.html", .notChecked),
            ("data:image/png;base64,AA", "index.html", .notChecked),
            ("https://example.com/a.html", "index.html", .notChecked),
            ("HTTP://example.com", "index.html", .notChecked),
            // Opened from its folder, a page finds `//host/x` at file://host/x: not in the submission.
            ("//cdn.example.com/x.js", "index.html", .outside),
            ("folder/", "index.html", .file("folder/")),
            ("./", "index.html", .file("./")),
            ("../", "pages/about.html", .file("./")),
        ]
        for (href, page, expected) in cases {
            #expect(LocalURL.resolve(href, from: page) == expected, "\(href) from \(page)")
        }
    }

    /// Chromium's Intl.Segmenter (Unicode 17) keeps a Khmer consonant, the coeng U+17D2 and
    /// the subscript consonant after it in one cluster; Swift's Character (Unicode 15.1) splits them.
    @Test func khmerConjunctsAreOneCharacter() {
        #expect(GraphemeClusters.visibleCount("ខ្ញុំស្រឡាញ់កុំព្យូទ័រ") == 8)
        #expect(GraphemeClusters.visibleCount("ក្ក្ក") == 1)
        #expect(GraphemeClusters.visibleCount("ក្\u{200D}ក") == 1)
        #expect(GraphemeClusters.visibleCount("ក្ ក") == 2)      // a space breaks the conjunct
        #expect(GraphemeClusters.visibleCount("ា្ក") == 2)      // a coeng after a vowel sign joins nothing
        #expect(GraphemeClusters.visibleCount("ក្1") == 2)
        #expect(GraphemeClusters.visibleCount("क्क e\u{301} 👍🏽") == 3)
    }

    /// A browser keeps a <template>'s contents out of the document: no check sees them.
    @Test func templateContentsAreNotPartOfTheDocument() throws {
        let hidden = page("<template><p>A long enough paragraph</p><h3>x</h3><img src=a.png></template><h1>a</h1><p>short</p>")
        #expect(try judge("{some: p, satisfies: {text: content, min-length: 10}}", hidden).status == .fail)
        #expect(try judge("{count: img, exactly: 0}", hidden).status == .pass)
        #expect(try judge("{rule: heading-order}", hidden).status == .pass)
        #expect(try judge("{rule: links-resolve}", hidden).status == .pass)
        #expect(try judge("{first: body, satisfies: {count: p, exactly: 1}}", hidden).status == .pass)
        #expect(try judge("{count: template, exactly: 1}", hidden).status == .pass)
    }

    @Test func headingOrderWithoutHeadingsPasses() throws {
        #expect(try judge("{rule: heading-order}", page("<p>x</p>")).status == .pass)
        #expect(try judge("{rule: heading-order}", page("<h1>a</h1><h2>b</h2><h3>c</h3><h2>d</h2><h3>e</h3><h4>f</h4><h1>g</h1>")).status == .pass)
        let skipped = try judge("{rule: heading-order}", page("<h1>a</h1>\n<h3>c</h3>"))
        #expect(skipped.status == .fail)
        #expect(skipped.location?.line == 2)
        #expect(skipped.message.km.contains("កម្រិត 2 ត្រូវបានរំលង"))
    }

    @Test func tableRulesNeedATableInScope() throws {
        #expect(try judge("{first: table, satisfies: {rule: table-header-row, min-cells: 3}}", page("<table><tr><th>a<th>b</table>")).status == .fail)
        #expect(try judge("{first: table, satisfies: {rule: table-header-row}}", page("<table><tr><th>a</table>")).status == .pass)
        #expect(try judge("{first: table, satisfies: {rule: table-header-row}}", page("<table></table>")).status == .fail)
        #expect(try judge("{first: table, satisfies: {rule: table-same-width}}", page("<table></table>")).status == .pass)
        #expect(try judge("{first: table, satisfies: {rule: table-data-rows}}", page("<table><tr><th>a</th></tr></table>")).status == .fail)
    }

    @Test func labelled() throws {
        let rule = "{some: input, satisfies: {rule: labelled}}"
        #expect(try judge(rule, page("<label>Name <span><input></span></label>")).status == .pass)
        #expect(try judge(rule, page("<input id=n><label for=n>Name</label>")).status == .pass)
        #expect(try judge(rule, page("<input id=n><label for=m>Name</label>")).status == .fail)
        #expect(try judge(rule, page("<input><label for=\"\">Name</label>")).status == .fail)
        #expect(try judge(rule, page("<input id=\"\"><label for=\"\">Name</label>")).status == .fail)
    }

    @Test func linkToAndLinksResolveJudgeTheirFile() throws {
        let files = site(["index.html": "<a href=pages/b.html>b</a>", "pages/b.html": "<a href=../index.html>home</a><img src=../x.png alt=x>"])
        #expect(try judge("{rule: link-to, target: pages/b.html}", files).status == .pass)
        #expect(try judge("{file: pages/b.html, rule: link-to, target: index.html}", files).status == .pass)
        #expect(try judge("{file: pages/b.html, rule: links-resolve}", files).status == .fail)
        #expect(try judge("{rule: links-resolve}", files).status == .pass)
        let none = try judge("{rule: links-resolve}", page("<p>no links</p>"))
        #expect(none.status == .pass)
        #expect(none.message.en == "index.html has no links to other files to check")
    }

    @Test func sharedStylesheetNeedsEveryPage() throws {
        let rule = "{rule: shared-stylesheet, files: [index.html, a.html, b.html]}"
        let sheet = "<link rel=stylesheet href=s.css>"
        #expect(try judge(rule, site(["index.html": sheet, "a.html": sheet, "b.html": sheet, "s.css": ""])).status == .pass)
        #expect(try judge(rule, site(["index.html": sheet, "a.html": sheet, "b.html": "<link rel=stylesheet href=t.css>", "s.css": "", "t.css": ""])).status == .fail)
        // Several stylesheets per page: one shared file is enough.
        let two = "<link rel=stylesheet href=t.css>" + sheet
        #expect(try judge(rule, site(["index.html": two, "a.html": sheet, "b.html": two, "s.css": "", "t.css": ""])).status == .pass)
        #expect(try judge(rule, site(["index.html": sheet, "a.html": sheet, "s.css": ""])).status == .fail)
    }
}
