/// The screen kru pretends to show pages on: what `@media` queries, `vw`
/// and `vh` are evaluated against.
public struct Viewport: Hashable, Sendable {
    /// Width in CSS pixels.
    public var width: Double
    /// Height in CSS pixels.
    public var height: Double
    /// `screen` or `print`.
    public var mediaType: String

    public init(width: Double, height: Double, mediaType: String = "screen") {
        self.width = width
        self.height = height
        self.mediaType = mediaType
    }

    /// The screen every rubric is judged on: 1024 × 768.
    public static let standard = Viewport(width: 1024, height: 768)

    /// `landscape` when the width is at least the height.
    public var orientation: String { width >= height ? "landscape" : "portrait" }
}
