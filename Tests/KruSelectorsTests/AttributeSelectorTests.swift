import KruHTML
import KruSelectors
import Testing

private let links = """
    <a id="a1" href="https://example.com/page.html" lang="en-US" title="Home page">x</a>
    <a id="a2" href="HTTP://EXAMPLE.COM" lang="EN" rel="Next Noopener">x</a>
    <a id="a3" href="" data-x="a b  c">x</a>
    <a id="a4" title="home">x</a>
    <input id="i1" type="EMAIL">
    <input id="i2" type="text" name="Email">
    """

@Test func presenceAndEquality() throws {
    #expect(try select("[href]", in: links) == ["a1", "a2", "a3"])
    #expect(try select("[HREF]", in: links) == ["a1", "a2", "a3"])
    #expect(try select("a[href='']", in: links) == ["a3"])
    #expect(try select("[title=home]", in: links) == ["a4"])
    #expect(try select("[title=\"Home page\"]", in: links) == ["a1"])
    #expect(try select("[ title = 'Home page' ]", in: links) == ["a1"])
}

@Test func matchOperators() throws {
    #expect(try select("[href^=https]", in: links) == ["a1"])
    #expect(try select("[href$='.html']", in: links) == ["a1"])
    #expect(try select("[href*=example]", in: links) == ["a1"])
    #expect(try select("[data-x~=b]", in: links) == ["a3"])
    #expect(try select("[data-x~=c]", in: links) == ["a3"])
    #expect(try select("[data-x~='a b']", in: links) == [])
    #expect(try select("[lang|=en]", in: links) == ["a1", "a2"])
    #expect(try select("[title|=Home]", in: links) == [])
}

@Test func emptyValuesNeverMatchSubstringOperators() throws {
    #expect(try select("[href^='']", in: links) == [])
    #expect(try select("[href$='']", in: links) == [])
    #expect(try select("[href*='']", in: links) == [])
    #expect(try select("[data-x~='']", in: links) == [])
    #expect(try select("[href='']", in: links) == ["a3"])
    #expect(try select("[href|='']", in: links) == ["a3"])
}

@Test func caseFlags() throws {
    #expect(try select("[href^=http i]", in: links) == ["a1", "a2"])
    #expect(try select("[href^=http I]", in: links) == ["a1", "a2"])
    #expect(try select("[title='HOME' i]", in: links) == ["a4"])
    #expect(try select("[name=email]", in: links) == [])
    #expect(try select("[name=email i]", in: links) == ["i2"])
}

@Test func htmlAttributesBrowsersCompareCaseInsensitively() throws {
    // `type`, `lang`, `rel` … compare case-insensitively without a flag, as in Chromium.
    #expect(try select("input[type=email]", in: links) == ["i1"])
    #expect(try select("[lang=en]", in: links) == ["a2"])
    #expect(try select("[lang|=EN]", in: links) == ["a1", "a2"])
    #expect(try select("[rel~=next]", in: links) == ["a2"])
    // Chromium rejects the Selectors 4 `s` flag, and so does kru.
    #expect(parseError("input[type=email s]")?.reason == .invalidAttribute)
    // Other attributes stay case-sensitive.
    #expect(try select("[href^=http]", in: links) == ["a1"])
}

@Test func valuesCompareCodePointsNotCanonicalEquivalence() throws {
    // "é" precomposed (U+00E9) in the page, decomposed (e + U+0301) in the selector.
    let html = "<p id=x title=\"caf\u{E9}\">x</p>"
    #expect(try select("[title=\"caf\u{E9}\"]", in: html) == ["x"])
    #expect(try select("[title=\"cafe\u{301}\"]", in: html) == [])
}

@Test func escapesInIdentifiersAndStrings() throws {
    let html = """
        <p id="1st">a</p><p id="a:b" class="sm:big">b</p><p id="q" title='say "hi"'>c</p><p id="k" class="ក្រហម">d</p>
        """
    #expect(try select("#\\31 st", in: html) == ["1st"])
    #expect(try select("#\\31st", in: html) == ["1st"])  // `s` is not a hex digit: the escape ends before it
    #expect(try select("#\\00003100", in: html) == [])  // six hex digits at most: U+0031 then "00"
    #expect(try select("#a\\:b", in: html) == ["a:b"])
    #expect(try select(".sm\\:big", in: html) == ["a:b"])
    #expect(try select("[title=\"say \\\"hi\\\"\"]", in: html) == ["q"])
    #expect(try select("[title='say \"hi\"']", in: html) == ["q"])
    #expect(try select("[title=\"say \\22hi\\22\"]", in: html) == ["q"])
    #expect(try select(".ក្រហម", in: html) == ["k"])
    #expect(try select("[id=\\71]", in: html) == ["q"])
}

@Test func attributeNamespaces() throws {
    #expect(try select("[*|href^=https]", in: links) == ["a1"])
    #expect(try select("[|title=home]", in: links) == ["a4"])
}
