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

/// The document mode a browser picks from the doctype (WHATWG "initial" insertion mode).
@Test(arguments: [
    ("<!DOCTYPE html><p>x", false),
    ("  <!-- note -->\n<!doctype HTML>\n<p>x", false),
    ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\"><p>x", false),
    ("<html><body><p>x", true),
    ("<p>no doctype at all", true),
    ("text before <!DOCTYPE html>", true),
    ("<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\"><p>x", true),
    ("<!DOCTYPE htmlx><p>x", true),
])
func quirksModeFollowsTheDoctype(_ page: String, _ quirks: Bool) {
    #expect(HTMLParser.parse(text: page).quirksMode == quirks)
}
