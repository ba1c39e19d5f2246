@testable import KruCSS
import Testing

@Test func tokenizesIdentsNumbersAndDimensions() {
    let tokens = CSSTokenizer.tokenize("h1{margin:-1.5em 10px 50%}").filter { $0.kind != .whitespace }
    #expect(tokens.map(\.kind) == [.ident, .openCurly, .ident, .colon, .dimension, .dimension, .percentage, .closeCurly])
    #expect(tokens[4].number == -1.5 && tokens[4].value == "em" && !tokens[4].isInteger)
    #expect(tokens[5].number == 10 && tokens[5].isInteger)
    #expect(tokens[6].number == 50)
}

@Test func tokenOffsetsAreUTF8ByteOffsets() {
    let tokens = CSSTokenizer.tokenize("/* ក */a")
    #expect(tokens.count == 1)
    #expect(tokens[0].start == 9 && tokens[0].end == 10)
}

@Test func decodesEscapesInIdentifiersAndStrings() {
    let tokens = CSSTokenizer.tokenize(#".\31 0 "a\"b" \66 oo"#).filter { $0.kind != .whitespace }
    #expect(tokens[0].isDelim("."))
    #expect(tokens[1].kind == .ident && tokens[1].value == "10")
    #expect(tokens[2].kind == .string && tokens[2].value == "a\"b")
    #expect(tokens[3].kind == .ident && tokens[3].value == "foo")
}

@Test func readsURLsHashesAndAtKeywords() {
    let tokens = CSSTokenizer.tokenize("url( a b.png ) url(x.png) #fff #1a @media").filter { $0.kind != .whitespace }
    #expect(tokens[0].kind == .badURL)
    #expect(tokens[1].kind == .url && tokens[1].value == "x.png")
    #expect(tokens[2].kind == .hash(isID: true) && tokens[2].value == "fff")
    #expect(tokens[3].kind == .hash(isID: false))
    #expect(tokens[4].kind == .atKeyword && tokens[4].value == "media")
}

@Test func newlineEndsAStringAsABadString() {
    let tokens = CSSTokenizer.tokenize("'abc\ndef'")
    #expect(tokens[0].kind == .badString)
}

@Test func unclosedCommentIsRecorded() {
    var tokenizer = CSSTokenizer("a /* never closed")
    let tokens = tokenizer.all()
    #expect(tokens.map(\.kind) == [.ident, .whitespace])
    #expect(tokenizer.unclosedComments == [2])
}

@Test func cdoCdcAndSignedNumbers() {
    let kinds = CSSTokenizer.tokenize("<!-- --> +5 -x .5").filter { $0.kind != .whitespace }.map(\.kind)
    #expect(kinds == [.cdo, .cdc, .number, .ident, .number])
}
