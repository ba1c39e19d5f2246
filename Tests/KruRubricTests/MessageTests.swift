import KruCore
import KruHTML
import Testing

@testable import KruRubric

/// Messages kept as parts render the texts kru shows, in both languages.
struct MessageTests {
    /// The elements named `name` of a page, each on the line it is written on.
    func elements(_ name: String, _ html: String) -> [Element] {
        HTMLParser.parse(text: html).elements.filter { $0.name == name }
    }

    @Test func foundCountsElementsAndNamesTheirDistinctLines() {
        let items = elements("li", "<ul>\n<li>a<li>b</li>\n<li>c</li>\n</ul>")
        let document = items[0].document
        let all = Selection(document: document, elements: items)
        let found = Message.found(what: "<li>", children: false, elements: all).rendered
        #expect(found == LocalizedText(en: "found 3 <li> elements, at lines 2 and 3", km: "រកឃើញធាតុ <li> ចំនួន 3 នៅបន្ទាត់ទី 2 និង 3"))
        let one = Message.found(what: "<li>", children: true, elements: Selection(document: document, elements: [items[2]])).rendered
        #expect(one == LocalizedText(en: "found 1 <li> child element, at line 3", km: "រកឃើញធាតុកូន <li> ចំនួន 1 នៅបន្ទាត់ទី 3"))
        let none = Message.foundNone(what: "`ul > li`", children: true).rendered
        #expect(none == LocalizedText(en: "found no `ul > li` child element", km: "រកមិនឃើញធាតុកូន `ul > li` ទេ"))
        #expect(Message.found(what: "`ul > li`", children: true, elements: Selection(document: document, ids: [])).rendered == none)
    }

    @Test func numbersAreWrittenWithWesternDigitsInBothLanguages() {
        for number in [0, 7, 10, 99, 100, 2026, 12345, -3, -10, Int.max, Int.min] {
            var writer = BilingualWriter()
            writer.write(number)
            #expect(writer.take() == LocalizedText(en: String(number), km: String(number)))
            writer.write(en: number)
            writer.write(km: number / 2)
            #expect(writer.take() == LocalizedText(en: String(number), km: String(number / 2)))
        }
    }

    @Test func linesShowSixAndSayThereAreMore() {
        #expect(Phrases.lines([]) == LocalizedText(en: "", km: ""))
        #expect(Phrases.lines([4, 4]) == LocalizedText(en: "at line 4", km: "នៅបន្ទាត់ទី 4"))
        #expect(Phrases.lines([9, 3, 9, 5]) == LocalizedText(en: "at lines 9, 3 and 5", km: "នៅបន្ទាត់ទី 9, 3 និង 5"))
        #expect(Phrases.lines([1, 2, 3, 4, 5, 6]).en == "at lines 1, 2, 3, 4, 5 and 6")
        #expect(Phrases.lines([1, 2, 3, 4, 5, 6, 6, 7]) == LocalizedText(en: "at lines 1, 2, 3, 4, 5 and 6…", km: "នៅបន្ទាត់ទី 1, 2, 3, 4, 5 និង 6…"))
    }

    @Test func aboutPutsTheElementFirst() {
        let heading = elements("h1", "<p>x</p>\n<h1>Hi</h1>")[0]
        let message = Message.about(heading, .elementText("Hi", length: nil)).rendered
        #expect(message == LocalizedText(en: "<h1> at line 2: its text is \"Hi\"", km: "<h1> នៅបន្ទាត់ទី 2៖ អត្ថបទរបស់វាគឺ \"Hi\""))
        #expect(Message.elementText("សួស្តី\nពិភពលោក", length: 11).rendered == LocalizedText(
            en: "its text \"សួស្តី ពិភពលោក\" has 11 characters (not counting spaces)",
            km: "អត្ថបទ \"សួស្តី ពិភពលោក\" មាន 11 តួអក្សរ (មិនរាប់ដកឃ្លា)"))
        #expect(Message.inside(heading).rendered == LocalizedText(en: "it is inside <h1> at line 2", km: "វានៅក្នុង <h1> នៅបន្ទាត់ទី 2"))
    }

    @Test func joinedLeavesOutPartsWithoutEnglish() {
        let a = Message.text(LocalizedText(en: "a", km: "ក"))
        let onlyKhmer = Message.text(LocalizedText(en: "", km: "ខ"))
        let b = Message.text(LocalizedText(en: "b", km: "គ"))
        #expect(Message.joined([a, onlyKhmer, b]).rendered == LocalizedText(en: "a; b", km: "ក; គ"))
        #expect(Message.joined([onlyKhmer, a]).rendered == LocalizedText(en: "a", km: "ក"))
        #expect(Message.joined([onlyKhmer]).rendered == LocalizedText(en: "", km: ""))
        #expect(Message.joined([.joined([a, b]), .joined([onlyKhmer]), a]).rendered == LocalizedText(en: "a; b; a", km: "ក; គ; ក"))
        #expect(Phrases.joined([LocalizedText(en: "", km: "ខ"), LocalizedText(en: "x", km: "ឃ")]) == LocalizedText(en: "x", km: "ឃ"))
    }

    @Test func alternativesKeepEachExpectationOnce() {
        let atLeast = Message.expectedCount(CountBound(atLeast: 2))
        let exactly = Message.expectedCount(CountBound(exactly: 1))
        #expect(Message.alternatives([atLeast, exactly, atLeast]).rendered == LocalizedText(
            en: "expected at least 2, or expected exactly 1", km: "ត្រូវមានយ៉ាងហោចណាស់ 2 ឬ ត្រូវមានចំនួន 1 ពិតប្រាកដ"))
        #expect(Message.expectedCount(CountBound(atLeast: 2, atMost: 4)).rendered == LocalizedText(
            en: "expected between 2 and 4", km: "ត្រូវមានពី 2 ដល់ 4"))
        #expect(Message.expectedCount(CountBound(atMost: 4)).rendered == LocalizedText(
            en: "expected at most 4", km: "ត្រូវមានយ៉ាងច្រើនបំផុត 4"))
    }

    @Test func allRightSaysHowManyWereChecked() {
        #expect(Message.allRight(count: 0, what: "<img>").rendered == LocalizedText(
            en: "there is no <img> element, so nothing to check", km: "គ្មានធាតុ <img> ទេ ដូច្នេះគ្មានអ្វីត្រូវពិនិត្យ"))
        #expect(Message.allRight(count: 1, what: "<img>").rendered == LocalizedText(
            en: "the <img> element is right", km: "ធាតុ <img> ត្រឹមត្រូវ"))
        #expect(Message.allRight(count: 3, what: "<img>").rendered == LocalizedText(
            en: "all 3 <img> elements are right", km: "ធាតុ <img> ទាំង 3 ត្រឹមត្រូវ"))
    }

    @Test func attributesAreQuoted() {
        #expect(Message.attribute(name: "lang", value: "km").rendered == LocalizedText(en: "it has lang=\"km\"", km: "វាមាន lang=\"km\""))
        #expect(Message.attribute(name: "alt", value: nil).rendered == LocalizedText(
            en: "it has no alt attribute", km: "វាគ្មាន attribute alt ទេ"))
    }
}

/// The quick trimming and the document's element list give what the general paths give.
struct QuickPathTests {
    @Test func quickTrimmingTrimsAsHTMLTrimming() {
        let samples = [
            "", " ", "a", " a ", "សួស្តី", " សួស្តី\u{A0}", "\u{3000}x", "x\u{2029}", "ក ខ", "\u{85}ក", "é ", "👍", "\tHi\n",
            "ក\u{180E}", "\u{1680}ក", "ក\u{200B}", "aក", "ក\u{A0}", "\u{17D4}", "~", "\u{7F}",
        ]
        for sample in samples {
            #expect(sample.trimmingHTMLWhitespaceQuickly() == sample.trimmingHTMLWhitespace(), "\(sample.debugDescription)")
        }
    }

    @Test func quickTextContentIsTextContent() {
        let document = HTMLParser.parse(text: "<p>one</p><p></p><p>a<b>b</b>c</p><p><!-- x -->d</p><p><i>e</i></p>")
        let paragraphs = document.elements.filter { $0.name == "p" }
        #expect(paragraphs.count == 5)
        for paragraph in paragraphs {
            #expect(paragraph.textContentQuickly == paragraph.textContent)
        }
    }

    @Test func selectionsAreElementsOfOnePage() {
        let document = HTMLParser.parse(text: "<ul>\n<li>a<li>b</li>\n<li>c</li></ul>\n<p>x<template><li>t</li></template>")
        let all = Selection(document: document, ids: document.documentElementIDs)
        #expect(Array(all) == document.documentElements)
        #expect(all.map(\.name) == ["html", "head", "body", "ul", "li", "li", "li", "p", "template"])
        let items = TagNames.filter(all, named: "li", tag: TagNames.tagNumber(of: "li"))
        #expect(items.count == 3 && items.allSatisfy { $0.name == "li" })
        #expect(Array(items.lines) == [2, 2, 3])
        #expect(items[2] == document.elements.filter { $0.name == "li" }[2])
        #expect(TagNames.filter(all, named: "ol", tag: TagNames.tagNumber(of: "ol")).isEmpty)
        let list = all[3]
        #expect(list.childElements.map(\.name) == ["li", "li", "li"])
        #expect(Array(list.documentDescendants) == Array(list.descendants))
        let template = all[8]
        #expect(template.childElements.map(\.name) == ["li"])
        #expect(template.childElements[0].isTemplateContent && !template.isTemplateContent)
    }

    @Test func tagNamesMatchAsNamesDo() {
        let document = HTMLParser.parse(text: "<p>x</p><blockquote>q</blockquote><figcaption>c</figcaption><my-element-x>y</my-element-x><svg><foreignObject/><title>t</title></svg><h1>z</h1>")
        let names = TagNames(document)
        let wanted = ["p", "h1", "html", "blockquote", "figcaption", "my-element-x", "my-element-y", "svg", "foreignObject", "foreignobject", "title", "", "abcdefgh", "P"]
        for index in document.nodes.indices {
            let node = document.nodes[index]
            for name in wanted {
                #expect(TagNames.isElement(node, named: name, tag: TagNames.tagNumber(of: name)) == (node.kind == .element && node.name == name), "\(node.name) \(name)")
            }
        }
        #expect(TagNames.key("h1") != TagNames.key("h10") && TagNames.key("ab") != TagNames.key("ba"))
        #expect(names.elements == document.documentElementIDs)
        let template = HTMLParser.parse(text: "<p>a</p><template><p>b</p><i>c</i></template><p>d<em>e</em></p>")
        #expect(TagNames(template).elements == template.documentElementIDs)
    }

    @Test func quickLocationIsLocation() {
        let document = HTMLParser.parse(text: "<p>x</p>\n<h1>y</h1><table><tr><td>z</table>")
        for element in document.elements {
            #expect(element.locationQuickly == element.location)
        }
    }

    @Test func documentElementsSkipTemplateContents() {
        let plain = HTMLParser.parse(text: "<ul><li>a<li>b</ul><p>x<b>y</b></p>")
        #expect(plain.documentElements.map(\.name) == ["html", "head", "body", "ul", "li", "li", "p", "b"])
        let template = HTMLParser.parse(text: "<p>a</p><template><p>b</p><i>c</i></template><p>d<em>e</em></p>")
        #expect(template.documentElements.map(\.name) == ["html", "head", "body", "p", "template", "p", "em"])
    }
}

/// Which files of a submission are pages.
struct PagePathTests {
    @Test func pagesEndWithHTMLOrHTMInAnyCase() {
        for path in ["index.html", "a/b.HTM", "About.Html", "x.htm", "ខ្ញុំ.html", ".html"] {
            #expect(WebGrader.isPage(path), "\(path)")
        }
        for path in ["index.xhtml5", "style.css", "html", "a.htm l", "a.html ", "a\u{0E}html", "a.hml", "a.htmlx", "", "é.html\u{301}"] {
            #expect(!WebGrader.isPage(path), "\(path)")
        }
    }
}
