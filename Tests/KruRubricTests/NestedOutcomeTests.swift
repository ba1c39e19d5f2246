import KruCore
import KruRubric
import Testing

/// A failure inside nested `every`/`some` names each element on the way down, with its line,
/// in both languages.
struct NestedOutcomeTests {
    /// Two lists: the first (line 1) has a long item, the second (line 4) only short ones (lines 5 and 6).
    static let shortItems = "<ul>\n<li>ab</li>\n</ul>\n<ul>\n<li>c</li>\n<li>d</li>\n</ul>"

    @Test func everyInsideEveryNamesTheOuterAndTheInnerElement() throws {
        let condition = "{every: ul, satisfies: {every: li, satisfies: {text: content}}}"
        let result = try judge(condition, page("<ul>\n<li>a</li>\n</ul>\n<ul>\n<li>b</li>\n<li> </li>\n</ul>"))
        #expect(result.status == .fail)
        #expect(result.message.en == "<ul> at line 4: <li> at line 6: its text is empty; expected a non-empty text")
        #expect(result.message.km == "<ul> នៅបន្ទាត់ទី 4៖ <li> នៅបន្ទាត់ទី 6៖ អត្ថបទរបស់វាទទេ; អត្ថបទ មិនត្រូវទទេ")
        #expect(result.location?.line == 6)
        let pass = try judge(condition, page("<ul>\n<li>a</li>\n</ul>\n<ul>\n<li>b</li>\n<li>c</li>\n</ul>"))
        #expect(pass.status == .pass)
        #expect(pass.message.en == "all 2 <ul> elements are right")
    }

    @Test func someInsideEveryNamesTheListAndItsFirstWrongItem() throws {
        let condition = "{every: ul, satisfies: {some: li, satisfies: {text: content, min-length: 2}}}"
        let result = try judge(condition, page(Self.shortItems))
        #expect(result.status == .fail)
        #expect(result.message.en == "<ul> at line 4: none of the 2 <li> elements is right; <li> at line 5: its text \"c\" has 1 character (not counting spaces); expected at least 2 characters (not counting spaces)")
        #expect(result.message.km.hasPrefix("<ul> នៅបន្ទាត់ទី 4៖ "))
        #expect(result.message.km.contains("; <li> នៅបន្ទាត់ទី 5៖ "))
        #expect(!result.message.km.contains("បន្ទាត់ទី 1") && !result.message.km.contains("បន្ទាត់ទី 6"))
        #expect(result.location?.line == 5)
        let pass = try judge(condition, page("<ul>\n<li>ab</li>\n</ul>\n<ul>\n<li>c</li>\n<li>ខគ</li>\n</ul>"))
        #expect(pass.status == .pass)
        #expect(pass.message.en == "all 2 <ul> elements are right")
    }

    @Test func messageTemplateFoundHoldsTheNestedDescription() throws {
        let yaml = """
        checks:
          - id: long-items
            points: 1
            title: {en: Long items, km: ធាតុវែង}
            hint: {en: Write more, km: សរសេរបន្ថែម}
            message: {en: "{found} (each list needs a long item)", km: "{found} (បញ្ជីនីមួយៗត្រូវមានធាតុវែង)"}
            condition: {every: ul, satisfies: {some: li, satisfies: {text: content, min-length: 2}}}
        """
        let grader = WebGrader(rubric: try Rubric.parse(yaml: yaml, file: "r.yaml"))
        let check = try #require(grader.grade(page(Self.shortItems)).checks.first)
        #expect(check.status == .fail)
        #expect(check.message.en == "<ul> at line 4: none of the 2 <li> elements is right; <li> at line 5: its text \"c\" has 1 character (not counting spaces) (each list needs a long item)")
        #expect(check.message.km.hasPrefix("<ul> នៅបន្ទាត់ទី 4៖ "))
        #expect(check.message.km.contains("; <li> នៅបន្ទាត់ទី 5៖ "))
        #expect(check.message.km.hasSuffix(" (បញ្ជីនីមួយៗត្រូវមានធាតុវែង)"))
        #expect(!check.message.en.contains("expected"))
        let pass = try #require(grader.grade(page("<ul>\n<li>ab</li>\n</ul>")).checks.first)
        #expect(pass.status == .pass)
        #expect(pass.message.en == "the <ul> element is right")
    }
}

/// A text of only non-ASCII white space (ideographic space, NEL, no-break space) is empty.
struct WhiteSpaceOnlyTextTests {
    static let spaces = ["\u{3000}", "\u{85}", "\u{A0}", "\u{3000}\u{A0}\u{85}\u{3000}"]

    @Test(arguments: spaces) func nonASCIIWhiteSpaceOnlyTextIsEmpty(_ space: String) throws {
        let html = page("<h1>t</h1>\n<p>\(space)</p>")
        for condition in ["{first: p, satisfies: {text: content}}", "{every: p, satisfies: {text: content, non-empty: true}}"] {
            let result = try judge(condition, html)
            #expect(result.status == .fail, "\(condition)")
            #expect(result.message.en == "<p> at line 2: its text is empty; expected a non-empty text", "\(condition)")
            #expect(result.message.km == "<p> នៅបន្ទាត់ទី 2៖ អត្ថបទរបស់វាទទេ; អត្ថបទ មិនត្រូវទទេ", "\(condition)")
        }
        let short = try judge("{first: p, satisfies: {text: content, min-length: 1}}", html)
        #expect(short.status == .fail)
        #expect(short.message.en == "<p> at line 2: its text is empty; expected at least 1 character (not counting spaces)")
    }

    @Test(arguments: spaces) func aVisibleCharacterAfterWhiteSpaceIsText(_ space: String) throws {
        let html = page("<h1>t</h1>\n<p>\(space)ក</p>")
        let result = try judge("{first: p, satisfies: {text: content}}", html)
        #expect(result.status == .pass)
        #expect(result.message.en == "<p> at line 2: its text is \"ក\"")
        #expect(try judge("{first: p, satisfies: {text: content, non-empty: true, min-length: 1}}", html).status == .pass)
        #expect(try judge("{first: p, satisfies: {text: content, min-length: 2}}", html).status == .fail)
    }
}
