@testable import KruCSS
import Testing

private func color(_ text: String) -> String? {
    guard case .rgba(let c)? = ColorParser.parse(CSSParser.parseComponentValues(text)) else { return nil }
    return c.description
}

@Test func colourSyntaxes() {
    #expect(color("red") == "rgb(255, 0, 0)")
    #expect(color("RebeccaPurple") == "rgb(102, 51, 153)")
    #expect(color("#f00") == "rgb(255, 0, 0)")
    #expect(color("#ff000080") == "rgba(255, 0, 0, 0.5)")
    #expect(color("#0f08") == "rgba(0, 255, 0, 0.533)")
    #expect(color("#12345678") == "rgba(18, 52, 86, 0.47)")
    #expect(color("rgb(255 0 0)") == "rgb(255, 0, 0)")
    #expect(color("rgb(255, 0, 0)") == "rgb(255, 0, 0)")
    #expect(color("rgba(0,0,0,.333)") == "rgba(0, 0, 0, 0.333)")
    #expect(color("rgb(10 20 30 / 25%)") == "rgba(10, 20, 30, 0.25)")
    #expect(color("rgb(50%, 0%, 100%)") == "rgb(128, 0, 255)")
    #expect(color("hsl(0, 100%, 50%)") == "rgb(255, 0, 0)")
    #expect(color("hsl(120deg 50% 50% / .5)") == "rgba(64, 191, 64, 0.5)")
    #expect(color("hsla(240, 100%, 50%, 1)") == "rgb(0, 0, 255)")
    #expect(color("transparent") == "rgba(0, 0, 0, 0)")
    #expect(color("rgb(300, -5, 0)") == "rgb(255, 0, 0)")
}

/// sRGB values Chromium 156 paints for these colours (a canvas pixel); kru converts them the
/// same way and writes them as rgb().
@Test func labAndOklchColours() {
    #expect(color("oklch(95% 0.03 20)") == "rgb(255, 231, 230)")
    #expect(color("oklch(0.6 0.2 20)") == "rgb(222, 57, 75)")
    #expect(color("oklab(0.5 0.1 -0.1)") == "rgb(129, 69, 154)")
    #expect(color("lab(50 40 -20)") == "rgb(171, 90, 154)")
    #expect(color("lch(60 50 120)") == "rgb(118, 156, 62)")
    #expect(color("oklch(0 0 0)") == "rgb(0, 0, 0)")
    #expect(color("lab(100 0 0)") == "rgb(255, 255, 255)")
    #expect(color("oklch(70% 0.1 200 / 50%)") == "rgba(64, 177, 183, 0.5)")
    #expect(color("oklch(0.6, 0.2, 20)") == nil)  // no commas in the new colour functions
    #expect(color("lab(50 40)") == nil)
}

@Test func invalidColours() {
    #expect(color("reed") == nil)
    #expect(color("#ff00") != nil)
    #expect(color("#ff000") == nil)
    #expect(color("rgb(255, 0 0)") == nil)
    #expect(color("rgb(255, 0%, 0)") == nil)
    #expect(color("hsl(0 100 50)") != nil)
    #expect(color("hsl(0, 100, 50)") == nil)
    #expect(ColorParser.parse(CSSParser.parseComponentValues("currentColor")) == .currentColor)
}

@Test func numbersFormatLikeChromium() {
    #expect(NumberFormat.format(18.720000000000002) == "18.72")
    #expect(NumberFormat.format(22.1776) == "22.1776")
    #expect(NumberFormat.format(13.333333) == "13.3333")
    #expect(NumberFormat.format(100.796875) == "100.797")
    #expect(NumberFormat.format(-0.0) == "0")
    #expect(NumberFormat.format(1500000) == "1500000")
}

private func declaration(_ name: String, _ value: String) -> DeclarationExpander.Result {
    DeclarationExpander.expand(name: name, value: CSSParser.parseComponentValues(value), quirks: false)
}

@Test func validationLikeTheBrowser() {
    #expect(declaration("colour", "red") == .unknownProperty)
    #expect(declaration("color", "reed") == .invalidValue)
    #expect(declaration("width", "-5px") == .invalidValue)
    #expect(declaration("width", "100") == .invalidValue)
    #expect(DeclarationExpander.expand(name: "width", value: CSSParser.parseComponentValues("100"), quirks: true) != .invalidValue)
    #expect(declaration("margin", "-5px auto") != .invalidValue)
    #expect(declaration("padding", "-1px") == .invalidValue)
    #expect(declaration("display", "flexbox") == .invalidValue)
    #expect(declaration("transition", "all 1s") == .notComputed)
    #expect(declaration("-webkit-box-shadow", "none") == .notComputed)
    #expect(declaration("width", "calc(100% - 10px)") != .invalidValue)
    #expect(declaration("width", "calc(100% -10px)") == .invalidValue)
    #expect(declaration("font", "20px") == .invalidValue)
    #expect(declaration("font", "bold 20px/1.5 Arial, sans-serif") != .invalidValue)
    #expect(declaration("border", "1px solid red green") == .invalidValue)
    #expect(declaration("color", "red blue") == .invalidValue)
}
