/// Values where kru knowingly differs from Chromium, each with its reason.
///
/// Besides these, the layout rule of ``BrowserAgreementTests`` applies: for
/// width, height, margins, paddings, insets and grid-template-columns kru is
/// compared with the computed value (`computedStyleMap()`) wherever
/// `getComputedStyle` reports a used value from layout.
struct BrowserAgreementException: CustomStringConvertible {
    /// Page name (`box-layout-resolved`), or `nil` for every page.
    var page: String?
    /// Recorded element key, or `nil` for every element of the page.
    var key: String?
    /// Property, or `nil` for every property.
    var property: String?
    /// Why kru differs, for the README.
    var reason: String

    func covers(page: String, key: String, property: String, actual: String, expected: String) -> Bool {
        (self.page == nil || self.page == page) && (self.key == nil || self.key == key)
            && (self.property == nil || self.property == property)
    }

    var description: String { "\(page ?? "*") [\(key ?? "*")] \(property ?? "*"): \(reason)" }
}

enum BrowserAgreementExceptions {
    static let all: [BrowserAgreementException] = []
}
