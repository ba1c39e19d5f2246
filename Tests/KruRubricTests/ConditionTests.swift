import KruCore
import KruRubric
import Testing

/// Each kind of condition of the rubric vocabulary, passing and failing.
struct ConditionTests {
    func status(_ condition: String, _ html: String) throws -> CheckStatus {
        try judge(condition, page(html)).status
    }

    @Test func countBounds() throws {
        let html = "<p>a</p><p>b</p><div><p>c</p></div>"
        #expect(try status("{count: p, exactly: 3}", html) == .pass)
        #expect(try status("{count: p, exactly: 2}", html) == .fail)
        #expect(try status("{count: p, at-least: 3}", html) == .pass)
        #expect(try status("{count: p, at-least: 4}", html) == .fail)
        #expect(try status("{count: p, at-most: 3}", html) == .pass)
        #expect(try status("{count: p, at-most: 2}", html) == .fail)
        #expect(try status("{count: p, at-least: 1, at-most: 2}", html) == .fail)
        #expect(try status("{count: \"body > p\", exactly: 2}", html) == .pass)
        #expect(try status("{count: \"div p, span\", exactly: 1}", html) == .pass)
        #expect(try status("{count: h6, exactly: 0}", html) == .pass)
    }

    @Test func countMessagesBothLanguages() throws {
        let result = try judge("{count: p, at-least: 3}", page("<p>a</p>\n<p>b</p>"))
        #expect(result.message.en == "found 2 <p> elements, at lines 1 and 2; expected at least 3")
        #expect(result.message.km == "រកឃើញធាតុ <p> ចំនួន 2 នៅបន្ទាត់ទី 1 និង 2; ត្រូវមានយ៉ាងហោចណាស់ 3")
        let none = try judge("{count: nav, at-least: 1}", page("<p>a</p>"))
        #expect(none.message.en == "found no <nav> element; expected at least 1")
        #expect(none.message.km == "រកមិនឃើញធាតុ <nav> ទេ; ត្រូវមានយ៉ាងហោចណាស់ 1")
    }

    @Test func amongChildren() throws {
        let html = "<ul><li>a<ul><li>x</li><li>y</li></ul></li></ul>"
        #expect(try status("{some: ul, satisfies: {count: li, among: children, at-least: 2}}", html) == .pass)
        #expect(try status("{first: ul, satisfies: {count: li, among: children, at-least: 2}}", html) == .fail)
        #expect(try status("{first: ul, satisfies: {count: li, at-least: 3}}", html) == .pass)  // descendants
    }

    @Test func everyIsVacuousUnlessAtLeast() throws {
        #expect(try status("{every: img, satisfies: {attribute: alt}}", "<p>x</p>") == .pass)
        #expect(try status("{every: img, at-least: 1, satisfies: {attribute: alt}}", "<p>x</p>") == .fail)
        #expect(try status("{every: img, satisfies: {attribute: alt}}", "<img alt=a><img>") == .fail)
        #expect(try status("{every: img, satisfies: {attribute: alt}}", "<img alt=a><img alt>") == .pass)
    }

    @Test func someAtLeast() throws {
        let html = "<a href=x>1</a><a>2</a><a href=y>3</a>"
        #expect(try status("{some: a, satisfies: {attribute: href}}", html) == .pass)
        #expect(try status("{some: a, at-least: 2, satisfies: {attribute: href}}", html) == .pass)
        #expect(try status("{some: a, at-least: 3, satisfies: {attribute: href}}", html) == .fail)
        #expect(try status("{some: a}", html) == .pass)
        #expect(try status("{some: nav}", html) == .fail)
    }

    @Test func someFailureNamesTheCandidate() throws {
        let result = try judge("{some: ul, satisfies: {count: li, among: children, at-least: 3}}", page("<ul>\n<li>a</li>\n<li>b</li>\n</ul>"))
        #expect(result.message.en == "the only <ul> element is not right; <ul> at line 1: found 2 <li> child elements, at lines 2 and 3; expected at least 3")
        #expect(result.location?.line == 3)
    }

    @Test func firstJudgesOnlyTheFirst() throws {
        #expect(try status("{first: p, satisfies: {text: content, equals: a}}", "<p>a</p><p>b</p>") == .pass)
        #expect(try status("{first: p, satisfies: {text: content, equals: b}}", "<p>a</p><p>b</p>") == .fail)
        #expect(try status("{first: table}", "<p>a</p>") == .fail)
    }

    @Test func combinators() throws {
        let html = "<h1>a</h1>"
        #expect(try status("{all: [{count: h1, exactly: 1}, {count: p, exactly: 0}]}", html) == .pass)
        #expect(try status("{all: [{count: h1, exactly: 1}, {count: p, exactly: 1}]}", html) == .fail)
        #expect(try status("{any: [{count: h2, exactly: 1}, {count: h1, exactly: 1}]}", html) == .pass)
        #expect(try status("{any: [{count: h2, exactly: 1}, {count: p, exactly: 1}]}", html) == .fail)
        #expect(try status("{not: {some: center}}", html) == .pass)
        #expect(try status("{not: {some: h1}}", html) == .fail)
        let not = try judge("{not: {some: marquee}}", page("<p>x</p>\n<marquee>hi</marquee>"))
        #expect(not.message.en == "found 1 <marquee> element, at line 2; this is not allowed")
        #expect(not.message.km.hasSuffix("នេះមិនត្រូវបានអនុញ្ញាតទេ"))
        #expect(not.location?.line == 2)
    }

    @Test func attributeTests() throws {
        func img(_ test: String, _ html: String) throws -> CheckStatus {
            try status("{first: img, satisfies: {attribute: src, \(test)}}", html)
        }
        #expect(try status("{first: img, satisfies: {attribute: src}}", "<img src>") == .pass)
        #expect(try status("{first: img, satisfies: {attribute: src}}", "<img>") == .fail)
        #expect(try img("present: false", "<img>") == .pass)
        #expect(try img("present: false", "<img src=a>") == .fail)
        #expect(try img("non-empty: true", "<img src=\" \">") == .fail)
        #expect(try img("equals: a.png", "<img src=\" a.png \">") == .pass)
        #expect(try img("{equals: a.png, trim: false}".dropFirst().dropLast().description, "<img src=\" a.png \">") == .fail)
        #expect(try img("equals: A.PNG", "<img src=a.png>") == .fail)
        #expect(try img("{equals: A.PNG, case-insensitive: true}".dropFirst().dropLast().description, "<img src=a.png>") == .pass)
        #expect(try img("one-of: [a.png, b.png]", "<img src=b.png>") == .pass)
        #expect(try img("one-of: [a.png, b.png]", "<img src=c.png>") == .fail)
        #expect(try img("matches: '\\.(png|jpe?g)$'", "<img src=cat.jpeg>") == .pass)
        #expect(try img("matches: '\\.(png|jpe?g)$'", "<img src=cat.gif>") == .fail)
        #expect(try img("{matches: '\\.PNG$', case-insensitive: true}".dropFirst().dropLast().description, "<img src=cat.png>") == .pass)
        #expect(try img("starts-with: [img/, pics/]", "<img src=pics/a.png>") == .pass)
        #expect(try img("ends-with: .png", "<img src=a.jpg>") == .fail)
        #expect(try img("contains: cat", "<img src=my-cat.png>") == .pass)
        #expect(try img("max-length: 5", "<img src=abcdef>") == .fail)
        #expect(try img("non-empty: true", "<img>") == .fail)  // a value test on a missing attribute fails
    }

    @Test func textTests() throws {
        #expect(try status("{first: p, satisfies: {text: content}}", "<p> <b> </b> </p>") == .fail)
        #expect(try status("{first: p, satisfies: {text: content}}", "<p><b>x</b></p>") == .pass)
        #expect(try status("{first: p, satisfies: {text: content, min-length: 3}}", "<p>ក ខ គ</p>") == .pass)
        #expect(try status("{first: p, satisfies: {text: content, min-length: 4}}", "<p>ក ខ គ</p>") == .fail)
        #expect(try status("{first: p, satisfies: {text: content, max-length: 3}}", "<p>  abc  </p>") == .pass)
        #expect(try status("{first: p, satisfies: {text: content, equals: សួស្តី}}", "<p>\n  សួស្តី\n</p>") == .pass)
        #expect(try status("{first: p, satisfies: {text: content, matches: '^[0-9]+$'}}", "<p> 123 </p>") == .pass)
        #expect(try status("{first: a, satisfies: {text: content}}", "<a href=x><img src=i alt=Home></a>") == .fail)
        #expect(try status("{first: a, satisfies: {text: accessible}}", "<a href=x><img src=i alt=Home></a>") == .pass)
        #expect(try status("{first: a, satisfies: {text: accessible}}", "<a href=x><img src=i alt=''></a>") == .fail)
    }

    @Test func controlType() throws {
        #expect(try status("{first: input, satisfies: {control-type: text}}", "<input>") == .pass)
        #expect(try status("{first: input, satisfies: {control-type: text}}", "<input type=bogus>") == .pass)
        #expect(try status("{first: input, satisfies: {control-type: text}}", "<input type=Password>") == .fail)
        #expect(try status("{first: input, satisfies: {control-type: [email, url]}}", "<input type=URL>") == .pass)
        #expect(try status("{first: button, satisfies: {control-type: submit}}", "<button>x</button>") == .pass)
        #expect(try status("{first: button, satisfies: {control-type: submit}}", "<button type=nonsense>x</button>") == .pass)
        #expect(try status("{first: button, satisfies: {control-type: submit}}", "<button type=button>x</button>") == .fail)
    }

    @Test func relations() throws {
        #expect(try status("{first: title, satisfies: {inside: head}}", "<title>t</title>") == .pass)
        #expect(try status("{first: em, satisfies: {inside: p}}", "<p><b><em>x</em></b></p>") == .pass)
        #expect(try status("{first: em, satisfies: {parent: p}}", "<p><b><em>x</em></b></p>") == .fail)
        #expect(try status("{first: em, satisfies: {parent: b}}", "<p><b><em>x</em></b></p>") == .pass)
        #expect(try status("{first: html, satisfies: {every: \"*\", among: children, satisfies: {is: \"head, body\"}}}", "<p>x</p>") == .pass)
        #expect(try status("{count: \"*\", among: children, exactly: 1}", "<p>x</p>") == .pass)  // the page's child is <html>
        #expect(try status("{first: p, satisfies: {is: .intro}}", "<p class='big intro'>x</p>") == .pass)
        #expect(try status("{first: p, satisfies: {is: .intro}}", "<!DOCTYPE html><p class=Intro>x</p>") == .fail)
        // Without a doctype the browser is in quirks mode, where class names ignore case.
        #expect(try status("{first: p, satisfies: {is: .intro}}", "<p class=Intro>x</p>") == .pass)
    }

    @Test func order() throws {
        let good = "<header>h</header><main>m</main><footer>f</footer>"
        #expect(try status("{order: [header, main, footer]}", good) == .pass)
        #expect(try status("{order: [header, main, footer]}", "<header>h</header><footer>f</footer><main>m</main>") == .fail)
        #expect(try status("{order: [header, main, footer]}", "<header>h</header><main>m</main>") == .fail)
        let result = try judge("{order: [h1, p]}", page("<p>a</p>\n<h1>b</h1>"))
        #expect(result.message.en == "<p> at line 1 comes before <h1> at line 2; expected <h1>, <p> in this order")
    }

    @Test func filesAndFileScope() throws {
        let files = site(["index.html": "<h1>a</h1>", "about.html": "<h1>b</h1><h1>c</h1>"])
        #expect(try judge("{files-exist: [index.html, about.html]}", files).status == .pass)
        #expect(try judge("{files-exist: [index.html, contact.html]}", files).status == .fail)
        #expect(try judge("{file: about.html, count: h1, exactly: 2}", files).status == .pass)
        #expect(try judge("{count: h1, exactly: 2}", files).status == .fail)
        let missing = try judge("{file: contact.html, count: h1, exactly: 1}", files)
        #expect(missing.status == .fail)
        #expect(missing.message.en == "cannot check contact.html: the submission has no file named contact.html")
        #expect(missing.message.km.contains("contact.html"))
        // `file` inside an element scope switches to the whole other page.
        #expect(try judge("{first: h1, satisfies: {file: about.html, count: h1, exactly: 2}}", files).status == .pass)
    }

    @Test func rubricMessageTemplate() throws {
        let yaml = """
        checks:
          - id: one-h1
            points: 2
            title: {en: One heading, km: ចំណងជើងមួយ}
            hint: {en: Keep one, km: ទុកមួយ}
            message: {en: "{found}; a page has one main heading", km: "{found}; ទំព័រមួយមានចំណងជើងធំតែមួយ"}
            condition: {count: h1, exactly: 1}
        """
        let grade = WebGrader(rubric: try Rubric.parse(yaml: yaml, file: "r.yaml")).grade(page("<h1>a</h1>\n<h1>b</h1>"))
        let check = try #require(grade.checks.first)
        #expect(check.message.en == "found 2 <h1> elements, at lines 1 and 2; a page has one main heading")
        #expect(check.message.km == "រកឃើញធាតុ <h1> ចំនួន 2 នៅបន្ទាត់ទី 1 និង 2; ទំព័រមួយមានចំណងជើងធំតែមួយ")
        #expect(check.location?.line == 2)
        #expect(check.hint == LocalizedText(en: "Keep one", km: "ទុកមួយ"))
        #expect(check.points == 0 && check.maxPoints == 2)
        let pass = WebGrader(rubric: try Rubric.parse(yaml: yaml, file: "r.yaml")).grade(page("<h1>a</h1>")).checks[0]
        #expect(pass.status == .pass && pass.points == 2)
        #expect(pass.message.en == "found 1 <h1> element, at line 1")
    }
}

/// `diagnostic:` turns a beginner diagnostic into a check.
struct DiagnosticConditionTests {
    @Test func failsWhenTheDiagnosticFires() throws {
        let result = try judge("{diagnostic: html.unclosed-element}", page("<!DOCTYPE html>\n<html><body>\n<div><p>x</p>\n</body></html>"))
        #expect(result.status == .fail)
        #expect(result.location?.line == 3)
        #expect(result.message.en.hasPrefix("line 3: "))
        #expect(result.message.km.hasPrefix("បន្ទាត់ទី 3៖ "))
    }

    @Test func passesWhenItDoesNot() throws {
        let result = try judge("{diagnostic: html.unclosed-element}", page("<!DOCTYPE html>\n<html><body><div><p>x</div></body></html>"))
        #expect(result.status == .pass)
    }

    @Test func onlyThatDiagnosticCounts() throws {
        // An obsolete element is not an unclosed element.
        #expect(try judge("{diagnostic: html.unclosed-element}", page("<!DOCTYPE html><center>x</center>")).status == .pass)
        #expect(try judge("{diagnostic: html.obsolete-element}", page("<!DOCTYPE html><center>x</center>")).status == .fail)
    }

    @Test func otherFilesAreJudgedToo() throws {
        let files = site(["index.html": "<!DOCTYPE html><p>ok</p>", "about.html": "<center>x</center>"])
        #expect(try judge("{file: about.html, diagnostic: html.obsolete-element}", files).status == .fail)
        #expect(try judge("{diagnostic: html.obsolete-element}", files).status == .pass)
    }

    @Test func diagnosticsAreReturnedButDoNotChangeVerdicts() throws {
        let grade = WebGrader(rubric: try rubric(condition: "{count: p, exactly: 1}")).grade(page("<p>x</p><center>y</center>"))
        #expect(grade.checks[0].status == .pass)
        #expect(grade.diagnostics.contains { $0.id == "html.obsolete-element" && $0.location?.file == "index.html" })
        #expect(grade.diagnostics.contains { $0.id == "html.missing-doctype" })
    }

    @Test func unknownDiagnosticIsARubricError() throws {
        do {
            _ = try rubric(condition: "{diagnostic: html.unclosed-elemnt}")
            Issue.record("expected a rubric error")
        } catch let error as RubricError {
            #expect(error.message.contains("did you mean \"html.unclosed-element\"?"))
            #expect(error.location == SourceLocation(file: "test.yaml", line: 7, column: 20))
        }
    }
}
