import KruHTML
import Testing

@Test func parsesATreeInDocumentOrder() {
    let document = HTMLParser.parse(text: "<!DOCTYPE html>\n<html lang=km><head><title>Hi</title></head><body><h1>A</h1><p>x</p></body></html>")
    #expect(document.doctype != nil)
    #expect(document.documentElement?.attribute("LANG") == "km")
    #expect(document.elements.map(\.name) == ["html", "head", "title", "body", "h1", "p"])
    #expect(document.elements(named: "H1").first?.trimmedText == "A")
    #expect(document.body?.children.map(\.name) == ["h1", "p"])
}
