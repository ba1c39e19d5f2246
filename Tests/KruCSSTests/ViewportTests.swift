import KruCSS
import Testing

@Test func standardViewportIsALandscapeScreen() {
    #expect(Viewport.standard.width == 1024)
    #expect(Viewport.standard.height == 768)
    #expect(Viewport.standard.orientation == "landscape")
    #expect(Viewport(width: 400, height: 800).orientation == "portrait")
}
