import KruCore
import KruRubric
import Testing

/// web/09-two-pages.
struct TwoPagesTests {
    let exercise = "web/09-two-pages"

    func page(_ head: String = "<link rel=stylesheet href=style.css>", body: String) -> String {
        "<!DOCTYPE html><html><head><title>t</title>\(head)</head><body>\(body)</body></html>"
    }

    var good: [String: String] {
        [
            "index.html": page(body: "<a href=about.html>About</a>"),
            "about.html": page(body: "<a href=index.html>Home</a>"),
            "style.css": "body{}",
        ]
    }

    func failing(_ files: [String: String]) throws -> Set<String> {
        try KruRubricTests.failing(exercise, site(files))
    }

    @Test func goodSitePasses() throws {
        #expect(try failing(good).isEmpty)
    }

    @Test func pages() throws {
        var files = good
        files["about.html"] = nil
        #expect(try failing(files).contains("pages"))
        #expect(try failing(["index.html": page(body: "")]) == ["pages", "nav-links", "no-broken-links", "shared-style"])
    }

    /// Checked in Chromium 156 (document.baseURI): a page's URLs resolve against its `<base href>`.
    @Test func baseHrefChangesWhereLinksLead() throws {
        var online = good
        online["index.html"] = page("<base href=\"https://srey.github.io/\"><link rel=stylesheet href=style.css>", body: "<a href=about.html>About</a><img src=missing.png alt=x>")
        // The link and the style sheet lead to the site on the internet; the missing picture is not checked.
        #expect(try failing(online) == ["nav-links", "shared-style"])
        var folder = good
        folder["pages/logo.png"] = "png"
        folder["index.html"] = page(
            "<base href=\"pages/\"><link rel=stylesheet href=\"../style.css\">",
            body: "<a href=../about.html>About</a> <a href=#top>Top</a> <img src=logo.png alt=x>")
        #expect(try failing(folder).isEmpty)
        folder["index.html"] = page("<base href=\"pages/\"><link rel=stylesheet href=\"../style.css\">", body: "<a href=about.html>About</a>")
        #expect(try failing(folder) == ["nav-links", "no-broken-links"])  // pages/about.html
        var climbing = good
        climbing["index.html"] = page("<base href=\"/\">", body: "<a href=about.html>About</a>")
        #expect(try failing(climbing).isSuperset(of: ["nav-links", "no-broken-links"]))
        var empty = good
        empty["index.html"] = page("<base href=\"\"><base href=\"https://x.org/\"><link rel=stylesheet href=style.css>", body: "<a href=about.html>About</a>")
        #expect(try failing(empty).isEmpty)  // the first <base> with an href counts
    }

    @Test func navLinksResolveLikeABrowser() throws {
        for href in ["./about.html", "about.html#team", "about.html?x=1", "sub/../about.html", "  about.html ", "about%2Ehtml"] {
            var files = good
            files["index.html"] = page(body: "<a href=\"\(href)\">About</a>")
            #expect(try failing(files).isEmpty, "href \(href)")
        }
        for href in ["About.html", "about.html/", "/about.html", "https://example.com/about.html", "#about", "about", "../about.html"] {
            var files = good
            files["index.html"] = page(body: "<a href=\"\(href)\">About</a>")
            #expect(try failing(files).contains("nav-links"), "href \(href)")
        }
        var files = good
        files["about.html"] = page(body: "<p>no way back</p>")
        #expect(try failing(files) == ["nav-links"])
    }

    @Test func brokenLinkMessagesSayWhatToDo() throws {
        let cases = [
            ("<script src=\"//cdn.example/x.js\"></script>", "write https:// in front", "https://"),
            ("<img src=\"C:\\Users\\Dara\\cat.jpg\" alt=c>", "a file on your own computer", "កុំព្យូទ័ររបស់អ្នកផ្ទាល់"),
            ("<img src=\"file:///C:/Users/Dara/cat.jpg\" alt=c>", "a file on your own computer", "កុំព្យូទ័ររបស់អ្នកផ្ទាល់"),
            ("<a href=\"./\">home</a>", "names a folder, not a file", "ចង្អុលទៅថត"),
        ]
        for (broken, en, km) in cases {
            var files = good
            files["index.html"] = page(body: "<a href=about.html>About</a>" + broken)
            let grade = WebGrader(rubric: try bundledRubric("web/09-two-pages")).grade(site(files))
            let check = try #require(grade.checks.first { $0.id == "no-broken-links" })
            #expect(check.status == .fail)
            #expect(check.message.en.contains(en), "\(broken): \(check.message.en)")
            #expect(check.message.km.contains(km), "\(broken): \(check.message.km)")
        }
    }

    @Test func noBrokenLinks() throws {
        let ignored = "<a href=#top>t</a><a href=mailto:a@b.c>m</a><a href=tel:012>t</a><a href=\"javascript:void(0)\">j</a>"
            + "<img src=\"data:image/png;base64,AAAA\" alt=d><a href=\"HTTPS://example.com\">e</a>"
        var files = good
        files["index.html"] = page(body: "<a href=about.html>About</a>" + ignored)
        #expect(try failing(files).isEmpty)
        for broken in ["<img src=cat.jpg alt=c>", "<a href=contact.html>c</a>", "<script src=app.js></script>",
                       "<img src=\"../cat.jpg\" alt=c>", "<link rel=icon href=favicon.ico>", "<img src=\"Style.css\" alt=x>",
                       "<a href=\"file:///C:/Users/dara/about.html\">x</a>", "<script src=\"//cdn.example/x.js\"></script>",
                       "<a href=\"./\">home</a>", "<a href=\"images/\">pictures</a>"] {
            var files = good
            files["index.html"] = page(body: "<a href=about.html>About</a>" + broken)
            #expect(try failing(files) == ["no-broken-links"], "\(broken)")
        }
        // Relative to the page's own folder.
        var nested = good
        nested["pages/more.html"] = page(body: "<img src=\"../img/a.png\" alt=a>")
        nested["img/a.png"] = "png"
        nested["index.html"] = page(body: "<a href=about.html>About</a><a href=pages/more.html>More</a><img src=\"img/a.png\" alt=a>")
        #expect(try failing(nested).isEmpty)
        // Percent-encoded and query/fragment parts.
        var spaced = good
        spaced["my photo.jpg"] = "jpg"
        spaced["index.html"] = page(body: "<a href=about.html>About</a><img src=\"my%20photo.jpg?v=1\" alt=p>")
        #expect(try failing(spaced).isEmpty)
    }

    @Test func brokenLinkMessage() throws {
        var files = good
        files["Cat.JPG"] = "jpg"
        files["index.html"] = "<!DOCTYPE html>\n<html><head><link rel=stylesheet href=style.css></head>\n<body><a href=about.html>About</a>\n<img src=\"cat.jpg\" alt=c>\n</body></html>"
        let grade = WebGrader(rubric: try bundledRubric(exercise)).grade(site(files))
        let check = try #require(grade.checks.first { $0.id == "no-broken-links" })
        #expect(check.status == .fail)
        #expect(check.location == SourceLocation(file: "index.html", line: 4, column: check.location?.column ?? 0))
        #expect(check.message.en.contains("names cat.jpg, but the file is called Cat.JPG"))
    }

    @Test func sharedStyle() throws {
        var files = good
        files["about.html"] = page("<link rel=stylesheet href=\"./style.css#x\">", body: "<a href=index.html>Home</a>")
        #expect(try failing(files).isEmpty)
        files["about.html"] = page("", body: "<a href=index.html>Home</a>")
        #expect(try failing(files) == ["shared-style"])
        files["about.html"] = page("<link rel=stylesheet href=other.css>", body: "<a href=index.html>Home</a>")
        files["other.css"] = "p{}"
        #expect(try failing(files) == ["shared-style"])
        // Same file name but missing: broken link and no shared style.
        var missing = good
        missing["style.css"] = nil
        #expect(try failing(missing) == ["no-broken-links", "shared-style"])
        // rel must say stylesheet.
        var icon = good
        icon["about.html"] = page("<link rel=icon href=style.css>", body: "<a href=index.html>Home</a>")
        #expect(try failing(icon) == ["shared-style"])
    }
}
