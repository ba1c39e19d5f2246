import KruCore
import KruSelectors

/// Where a declaration that takes part in the cascade comes from.
public enum CascadeOrigin: String, Hashable, Sendable {
    /// The browser's default style sheet.
    case userAgent = "user-agent"
    /// An old HTML attribute a browser turns into a style (`<body bgcolor>`, `<font color>`,
    /// `<table border>` …): author level, below every style rule.
    case presentationalHint = "presentational-hint"
    /// A style rule of the page's style sheets.
    case author
    /// A `style` attribute.
    case inline
}

/// The declaration that won the cascade for one property of one element.
public struct CascadedDeclaration: Hashable, Sendable {
    public let origin: CascadeOrigin
    public let important: Bool
    /// The property as written (`font` when the `font` shorthand set `font-family`).
    public let declaredProperty: String
    /// The value as written.
    public let valueText: String
    /// The selector of the rule (empty for `style` attributes; the attribute, `bgcolor="#fc0"`,
    /// for presentational hints).
    public let selector: String
    public let specificity: Specificity
    /// Where the declaration is (`nil` for the browser's default style sheet).
    public let location: SourceLocation?
    /// Whether the value is a CSS-wide keyword (`inherit`, `initial`, `unset`, `revert`).
    public let isCSSWideKeyword: Bool
}
