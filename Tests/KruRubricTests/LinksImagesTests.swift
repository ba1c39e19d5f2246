import KruCore
import KruRubric
import Testing

/// web/03-links-images.
struct LinksImagesTests {
    let exercise = "web/03-links-images"

    func status(_ check: String, _ body: String) throws -> CheckStatus? {
        try statuses(exercise, page("<!DOCTYPE html><html lang=km><head><title>t</title></head><body>\(body)</body></html>"))[check]
    }

    @Test func twoLinks() throws {
        #expect(try status("two-links", "<a href=a.html>A</a><a href=b.html>B</a>") == .pass)
        #expect(try status("two-links", "<a href=a.html>A</a><a href=b.html><img src=x.png alt=\"ទៅ\"></a>") == .pass)
        #expect(try status("two-links", "<a href=a.html>A</a><a href=b.html><img src=x.png></a>") == .fail)
        #expect(try status("two-links", "<a href=a.html>A</a><a href=\"  \">B</a>") == .fail)
        #expect(try status("two-links", "<a href=a.html>A</a><a>B</a>") == .fail)
        #expect(try status("two-links", "<a href=a.html>A</a><a href=b.html>   </a><a href=c.html>C</a>") == .pass)
        #expect(try status("two-links", "<A HREF=a.html>A</A><a href=b.html><span>B</span></a>") == .pass)
        #expect(try status("two-links", "<a href=a.html>A</a>") == .fail)
    }

    @Test func externalLink() throws {
        #expect(try status("external-link", "<a href=\"https://example.com\">x</a>") == .pass)
        #expect(try status("external-link", "<a href=\"  HTTP://EXAMPLE.COM \">x</a>") == .pass)
        #expect(try status("external-link", "<a href=\"www.example.com\">x</a>") == .fail)
        #expect(try status("external-link", "<a href=\"//example.com\">x</a>") == .fail)
        #expect(try status("external-link", "<a href=\"ftp://example.com\">x</a>") == .fail)
        #expect(try status("external-link", "<link href=\"https://fonts.example\" rel=stylesheet>") == .fail)
    }

    @Test func image() throws {
        #expect(try status("image", "<img src=cat.jpg>") == .pass)
        #expect(try status("image", "<img src=\"\">") == .fail)
        #expect(try status("image", "<img scr=cat.jpg>") == .fail)
        #expect(try status("image", "<p>no picture</p>") == .fail)
    }

    @Test func imgAlt() throws {
        #expect(try status("img-alt", "<img src=a.jpg alt=\"ឆ្មា\"><IMG SRC=b.jpg ALT=dog>") == .pass)
        #expect(try status("img-alt", "<img src=a.jpg alt=\"ឆ្មា\"><img src=b.jpg>") == .fail)
        #expect(try status("img-alt", "<img src=a.jpg alt=\"\">") == .fail)
        #expect(try status("img-alt", "<img src=a.jpg alt=\" \">") == .fail)
        #expect(try status("img-alt", "<p>no images</p>") == .fail)
    }

    @Test func imgAltMessagePointsAtTheImage() throws {
        let html = "<img src=a.jpg alt=a>\n\n<img src=b.jpg>"
        let grade = WebGrader(rubric: try bundledRubric(exercise)).grade(page(html))
        let check = try #require(grade.checks.first { $0.id == "img-alt" })
        #expect(check.location?.line == 3)
        #expect(check.message.en == "<img> at line 3: it has no alt attribute; expected the alt attribute")
        #expect(check.message.km.hasPrefix("<img> នៅបន្ទាត់ទី 3៖ វាគ្មាន attribute alt ទេ"))
    }
}
