@testable import KruCSS
import Testing

private func matches(_ query: String, _ viewport: Viewport = .standard) -> Bool {
    MediaQueryList.parse(query).matches(viewport)
}

@Test func mediaTypes() {
    #expect(matches(""))
    #expect(matches("screen"))
    #expect(matches("all"))
    #expect(!matches("print"))
    #expect(matches("not print"))
    #expect(!matches("not screen"))
    #expect(matches("only screen"))
    #expect(matches("print, screen"))
    #expect(!matches("tv"))
}

@Test func widthHeightMinMax() {
    #expect(matches("(min-width: 1024px)"))
    #expect(!matches("(min-width: 1025px)"))
    #expect(matches("(max-width: 1100px)"))
    #expect(!matches("(max-width: 600px)"))
    #expect(matches("screen and (min-width: 64em)"))
    #expect(!matches("screen and (min-width: 64.1em)"))
    #expect(matches("(min-height: 700px) and (max-height: 800px)"))
    #expect(matches("(width: 1024px)"))
}

@Test func orientationAndRangeSyntax() {
    #expect(matches("(orientation: landscape)"))
    #expect(!matches("(orientation: portrait)"))
    #expect(matches("(orientation: portrait)", Viewport(width: 400, height: 800)))
    #expect(matches("(width >= 600px)"))
    #expect(!matches("(width < 600px)"))
    #expect(matches("(400px < width <= 1100px)"))
    #expect(!matches("(400px < width <= 1000px)"))
    #expect(matches("(600px <= width)"))
    #expect(matches("(1100px > width > 1000px)"))
}

@Test func conditionsAndUnknowns() {
    #expect(matches("(min-width: 100px) or (max-width: 10px)"))
    #expect(matches("not (max-width: 600px)"))
    #expect(!matches("(unknown-feature: 1)"))
    #expect(!matches("not (unknown-feature: 1)"))
    #expect(!matches("screen and"))
    #expect(matches("garbage here, screen"))
    #expect(matches("(prefers-color-scheme: light)"))
    #expect(!matches("(prefers-color-scheme: dark)"))
    #expect(matches("(hover: hover) and (pointer: fine)"))
}
