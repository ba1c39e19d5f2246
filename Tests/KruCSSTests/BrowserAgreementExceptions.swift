/// Values where kru knowingly differs from Chromium, each with its reason.
///
/// Besides these, the layout rule of ``BrowserAgreementTests`` applies: for
/// width, height, margins, paddings, insets and grid-template-columns kru is
/// compared with the computed value (`computedStyleMap()`) wherever
/// `getComputedStyle` reports a used value from layout.
///
/// When kru learns one of these, the exception stops matching anything; the
/// agreement report (`KRU_AGREEMENT_REPORT`) lists it so it can be removed.
struct BrowserAgreementException: CustomStringConvertible {
    /// Page name (`box-layout-resolved`, `file-import`).
    var page: String
    /// Recorded element keys, or `nil` for every element of the page.
    var keys: [String]?
    /// Properties, or `nil` for every property.
    var properties: [String]?
    /// Why kru differs, for the README.
    var reason: String

    init(_ page: String, keys: [String]? = nil, properties: [String]? = nil, _ reason: String) {
        self.page = page
        self.keys = keys
        self.properties = properties
        self.reason = reason
    }

    func covers(page: String, key: String, property: String) -> Bool {
        self.page == page && (keys?.contains(key) ?? true) && (properties?.contains(property) ?? true)
    }

    var description: String {
        "\(page) [\(keys?.joined(separator: ", ") ?? "*")] \(properties?.joined(separator: ", ") ?? "*"): \(reason)"
    }
}

enum BrowserAgreementExceptions {
    static let all: [BrowserAgreementException] = [
        // HTML attributes that browsers turn into styles, beyond those kru models (PresentationalHints).
        .init("ua-presentational-attributes", keys: ["hr"],
              "<hr width size noshade> attributes set sizes, colours and borders through Chromium-internal rules; kru does not model them"),
        .init("beg-old-school", keys: ["marquee"],
              "<marquee> is styled by Chromium-internal rules (inline-block, overflow hidden, stretch width); kru treats it as an unknown inline element"),
        .init("ua-forms", keys: ["checkbox", "hidden-input", "select", "option", "textarea", "label", "fieldset"],
              "form controls get Chromium-internal default styles (per input type, appearance, select/option internals); kru's default sheet models text inputs and buttons only"),
        // Element defaults kru's default style sheet does not have (yet).
        .init("ua-display-hidden", keys: ["dialog"],
              "a closed <dialog>'s default styles (position absolute, insets, auto margins, padding, border, fit-content) are not in kru's default sheet"),
        .init("ua-display-hidden", keys: ["noscript"], properties: ["display"],
              "Chromium reports display inline for <noscript> (it hides it by not laying it out); kru's default sheet says none"),
        .init("ua-display-phrasing", keys: ["audio", "audio-controls"], properties: ["width", "height"],
              "<audio> has a default 300 x 54 px size in Chromium's default sheet; kru's default sheet lacks it"),
        .init("beg-form-styles", keys: ["label", "submit"], properties: ["cursor", "text-align", "box-sizing"],
              "form controls get Chromium-internal default styles (submit buttons centred and border-box, labels with the default cursor); kru's default sheet models text inputs and buttons only"),
        // Quirks mode (a page without <!DOCTYPE html>).
        // Images that are not in the submission.
        .init("beg-about-me", keys: ["img"], properties: ["width"],
              "the image file is missing, so Chromium shows the alt text as an inline box and ignores width; kru does not look at image files and reports the CSS width"),
        .init("ex-12-responsive-wrong-width-and-tiny-query", keys: ["img:0"], properties: ["width"],
              "the image file is missing, so Chromium shows the alt text as an inline box and ignores width; kru does not look at image files and reports the CSS width"),
        // CSS kru does not compute.
        .init("col-backgrounds", keys: ["c"], properties: ["background-image"],
              "kru keeps gradient arguments as written; Chromium serialises the colours inside a gradient as rgb()"),
        .init("grid-template-columns", keys: ["f"], properties: ["grid-template-columns"],
              "kru keeps grid track sizes as written (10em); Chromium's computed value converts em to px"),
        .init("sh-font-resets", keys: ["d"],
              "system font keywords (font: caption) depend on the platform's fonts; kru drops the declaration"),
        .init("sh-list-style", keys: ["e", "e-li"], properties: ["list-style-type"],
              "kru does not accept a string (\"-> \") as list-style-type"),
    ]
}
