import KruCore
import KruHTML
import KruSelectors

/// What a CSS diagnostic rule looks at: the page, its style sheets and its computed styles.
public struct CSSDiagnosticContext: Sendable {
    public let document: HTMLDocument
    public let sheets: StyleSheetSet
    public let styles: ComputedStyles

    public init(document: HTMLDocument, sheets: StyleSheetSet, styles: ComputedStyles) {
        self.document = document
        self.sheets = sheets
        self.styles = styles
    }

    /// Every sheet to check, with the `style` attributes last (in document order).
    var allSheets: [CSSStyleSheet] {
        sheets.sheets.map(\.sheet) + sheets.inlineStyles.sorted { $0.key < $1.key }.map(\.value)
    }

    /// Every style rule of a sheet (nested ones, and those inside `@media`/`@supports`, too).
    func styleRules(of sheet: CSSStyleSheet) -> [CSSStyleRule] {
        var result: [CSSStyleRule] = []
        func walk(_ rules: [CSSRule]) {
            for rule in rules {
                switch rule {
                case .style(let style):
                    result.append(style)
                    walk(style.children)
                case .media(_, let children, _), .supports(_, let children, _), .layer(_, let children?, _):
                    walk(children)
                default:
                    break
                }
            }
        }
        walk(sheet.rules)
        return result
    }

    /// Every style rule of a sheet with its selector resolved against its parents (CSS nesting).
    func resolvedStyleRules(of sheet: CSSStyleSheet) -> [(rule: CSSStyleRule, selector: String)] {
        var result: [(CSSStyleRule, String)] = []
        func walk(_ rules: [CSSRule], parent: String?) {
            for rule in rules {
                switch rule {
                case .style(let style):
                    let text = parent.map { Nesting.resolve(style.selectorText, parent: $0) } ?? style.selectorText
                    result.append((style, text))
                    walk(style.children, parent: text)
                case .media(_, let children, _), .supports(_, let children, _), .layer(_, let children?, _):
                    walk(children, parent: parent)
                default:
                    break
                }
            }
        }
        walk(sheet.rules, parent: nil)
        return result
    }

    /// Every declaration of a sheet, in source order.
    func declarations(of sheet: CSSStyleSheet) -> [CSSDeclaration] {
        var result: [CSSDeclaration] = []
        func walk(_ rules: [CSSRule]) {
            for rule in rules {
                switch rule {
                case .style(let style):
                    result.append(contentsOf: style.declarations)
                    walk(style.children)
                case .media(_, let children, _), .supports(_, let children, _), .layer(_, let children?, _):
                    walk(children)
                case .nestedDeclarations(let declarations):
                    result.append(contentsOf: declarations)
                default:
                    break
                }
            }
        }
        walk(sheet.rules)
        return result.sorted { $0.start < $1.start }
    }
}

/// One beginner CSS diagnostic: looks at a page and its styles and emits findings.
public protocol CSSDiagnosticRule: Sendable {
    /// The finding id, for example `css.unknown-property`.
    static var id: String { get }
    func check(_ context: CSSDiagnosticContext, into emitter: inout FindingEmitter)
}

/// Runs every beginner CSS diagnostic on a page.
///
/// ```swift
/// var emitter = FindingEmitter()
/// CSSDiagnostics.run(CSSDiagnosticContext(document: doc, sheets: sheets, styles: styles), into: &emitter)
/// ```
public enum CSSDiagnostics {
    /// Every rule, in the order they run.
    public static let rules: [any CSSDiagnosticRule] = [
        MissingSemicolonRule(), MissingBraceRule(), UnknownPropertyRule(), InvalidValueRule(),
        InvalidSelectorRule(), SelectorMatchesNothingRule(), RuleOverriddenRule(), MissingStylesheetRule(),
        CSSInHTMLRule(), IgnoredAtRuleRule(),
    ]

    /// The ids of every rule.
    public static var ids: [String] { rules.map { type(of: $0).id } }

    public static func run(_ context: CSSDiagnosticContext, into emitter: inout FindingEmitter) {
        for rule in rules { rule.check(context, into: &emitter) }
    }

    /// Convenience: collects, computes and checks a page in one call.
    public static func findings(
        document: HTMLDocument, submission: SubmissionFiles, htmlPath: String, viewport: Viewport = .standard
    ) -> [Finding] {
        let sheets = StyleSheetSet.collect(from: document, submission: submission, htmlPath: htmlPath)
        let styles = ComputedStyles.compute(document: document, sheets: sheets, viewport: viewport)
        var emitter = FindingEmitter()
        run(CSSDiagnosticContext(document: document, sheets: sheets, styles: styles), into: &emitter)
        return emitter.sortedFindings
    }
}

/// Small text helpers shared by the rules.
enum DiagnosticText {
    /// At most `limit` characters of a snippet, on one line.
    static func snippet(_ text: String, limit: Int = 40) -> String {
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        if oneLine.count <= limit { return oneLine }
        return String(oneLine.prefix(limit)) + "…"
    }

    /// The closest candidate within a small distance, or `nil`.
    static func closest(to word: String, in candidates: [String]) -> String? {
        Suggestion.closest(to: word, among: candidates)
    }
}
