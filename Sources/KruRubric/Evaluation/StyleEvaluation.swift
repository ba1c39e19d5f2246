import Foundation
import KruCore
import KruCSS
import KruHTML
import KruSelectors

/// The style conditions: `style`, `declared`, `selector-used` and the `stylesheet` rule.
extension Evaluator {
    // MARK: - style

    func style(_ test: StyleTest, of element: Element, on viewport: Viewport) -> Outcome {
        let styles = self.styles(element.document, on: viewport)
        let property = test.property
        guard let serialized = styles.value(property, for: element) else {
            return .cannotRun(LocalizedText(
                en: "kru cannot compute \(property); its rubric is written wrongly, tell your mentor",
                km: "kru មិនអាចគណនា \(property) បានទេ; rubric របស់វាសរសេរខុស សូមប្រាប់គ្រូណែនាំ"))
        }
        let computed = styles.computedValue(property, for: element)
        let value = StylePhrases.value(serialized, computed)
        let source = StylePhrases.source(of: property, for: element, styles: styles)
        let screen = StylePhrases.screen(viewport)
        let found = LocalizedText(
            en: "its \(property) is \(value)\(source.text.en.isEmpty ? "" : ", \(source.text.en)")\(screen.en)",
            km: "\(property) របស់វាគឺ \(value)\(source.text.km.isEmpty ? "" : ", \(source.text.km)")\(screen.km)")
        let location = source.location ?? element.location
        var unmet: [LocalizedText] = []
        var negations: [LocalizedText] = []

        if let equals = test.equals {
            let shown = StylePhrases.shown(equals)
            if !Self.sameValue(equals, serialized, computed) {
                unmet.append(LocalizedText(en: "expected \(property) to be \(shown)", km: "\(property) ត្រូវតែជា \(shown)"))
            }
            negations.append(LocalizedText(en: "expected \(property) not to be \(shown)", km: "\(property) មិនត្រូវជា \(shown) ទេ"))
        }
        if let oneOf = test.oneOf {
            let options = Phrases.alternatives(oneOf.map(StylePhrases.shown))
            if !oneOf.contains(where: { Self.sameValue($0, serialized, computed) }) {
                unmet.append(LocalizedText(en: "expected \(property) to be \(options.en)", km: "\(property) ត្រូវតែជា \(options.km)"))
            }
            negations.append(LocalizedText(
                en: "expected \(property) other than \(options.en)", km: "\(property) ត្រូវតែខុសពី \(options.km)"))
        }
        if !test.comparisons.isEmpty {
            let number = Self.number(property, for: element, styles: styles, units: test.comparisons.map(\.bound))
            for comparison in test.comparisons {
                let wanted = StylePhrases.comparison(comparison)
                switch number {
                case .some(let value) where comparison.holds(value):
                    break
                case .some:
                    unmet.append(LocalizedText(en: "expected \(property) \(wanted.en)", km: "\(property) ត្រូវ\(wanted.km)"))
                case .none:
                    unmet.append(LocalizedText(
                        en: "expected \(property) \(wanted.en) (\(value) is not a \(comparison.bound.unit == .percent ? "percentage" : comparison.bound.unit == .px ? "length" : "number"))",
                        km: "\(property) ត្រូវ\(wanted.km) (\(value) មិនមែនជា\(comparison.bound.unit == .percent ? "ភាគរយ" : comparison.bound.unit == .px ? "ប្រវែង" : "លេខ")ទេ)"))
                }
                negations.append(LocalizedText(en: "expected \(property) not \(wanted.en)", km: "\(property) មិនត្រូវ\(wanted.km)ទេ"))
            }
        }
        if let types = test.types {
            let kinds = Self.types(of: computed)
            let names = Phrases.alternatives(types.map { StylePhrases.typeName($0).en })
            let namesKm = Phrases.alternatives(types.map { StylePhrases.typeName($0).km })
            if kinds.isDisjoint(with: types) {
                unmet.append(LocalizedText(en: "expected \(property) to be \(names.en)", km: "\(property) ត្រូវតែជា\(namesKm.km)"))
            }
            negations.append(LocalizedText(en: "expected \(property) not to be \(names.en)", km: "\(property) មិនត្រូវជា\(namesKm.km)ទេ"))
        }
        if let note = missingSheetNote(element.document) {
            if !unmet.isEmpty { unmet.append(note) }
            negations.append(note)
        }
        var outcome = unmet.isEmpty ? Outcome.pass(found, at: location) : .fail(found, expected: Phrases.joined(unmet), at: location)
        outcome.negation = Phrases.joined(negations)
        return outcome
    }

    /// Whether a rubric value names the computed value: colours in any syntax, px lengths by
    /// number, everything else as serialised (ASCII case and extra spaces ignored).
    static func sameValue(_ expected: String, _ serialized: String, _ computed: ComputedValue?) -> Bool {
        if case .color(let color)? = computed {
            guard let wanted = RGBA(css: expected) else { return false }
            return wanted.description == color.description
        }
        if case .length(let px)? = computed, let number = StyleNumber(expected), number.unit != .percent,
            number.unit == .px || number.value == 0
        {
            return abs(number.value - px) < 0.005
        }
        func normal(_ text: String) -> String {
            text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
                .replacingOccurrences(of: ", ", with: ",")
        }
        return normal(expected) == normal(serialized)
    }

    /// The number a comparison judges: px for lengths, the percentage for `%` bounds, the
    /// number for unitless bounds. A percentage compared with `0px` counts by its sign (a
    /// positive percentage of a containing block is a positive length); otherwise a value of
    /// another kind gives `nil` and the comparison fails.
    static func number(_ property: String, for element: Element, styles: ComputedStyles, units: [StyleNumber]) -> Double? {
        let computed = styles.computedValue(property, for: element)
        let bound = units.first!
        switch bound.unit {
        case .px:
            if let px = styles.length(property, for: element) { return px }
            if units.allSatisfy({ $0.value == 0 }) {
                switch computed {
                case .percentage(let p)?: return p > 0 ? 1 : p < 0 ? -1 : 0
                case .calc(let px, let percent)? where (px >= 0) == (percent >= 0): return px + percent
                default: return nil
                }
            }
            return nil
        case .percent:
            if case .percentage(let p)? = computed { return p }
            return nil
        case .none:
            if case .number(let n)? = computed { return n }
            if units.allSatisfy({ $0.value == 0 }) { return styles.length(property, for: element) }
            return nil
        }
    }

    static func types(of computed: ComputedValue?) -> Set<StyleValueType> {
        switch computed {
        case .length?: return [.length]
        case .percentage?: return [.percentage]
        case .calc?, .math?: return [.length, .percentage]
        case .number?: return [.number]
        case .color?: return [.color]
        case .keyword?: return [.keyword]
        default: return []
        }
    }

    /// "note: the page links css/style.css, which is not in the submission, so none of its rules apply".
    func missingSheetNote(_ document: HTMLDocument) -> LocalizedText? {
        guard let missing = sheets(document).missing.first else { return nil }
        let name = missing.resolvedPath ?? missing.href
        return LocalizedText(
            en: "note: the page links \(name), which is not in the submission, so none of its rules apply",
            km: "សម្គាល់៖ ទំព័រភ្ជាប់ \(name) ដែលមិនមាននៅក្នុងការដាក់ស្នើទេ ដូច្នេះគ្មានច្បាប់ណាមួយរបស់វាត្រូវបានអនុវត្តទេ")
    }

    // MARK: - declared

    func declared(_ property: String, on element: Element, viewport: Viewport) -> Outcome {
        let styles = self.styles(element.document, on: viewport)
        let declarations = styles.declarations(setting: property, for: element)
        let screen = StylePhrases.screen(viewport)
        if let last = declarations.last {
            let at = StylePhrases.declaration(last)
            return .pass(
                LocalizedText(en: "\(property) is set \(at.en)\(screen.en)", km: "\(property) ត្រូវបានកំណត់\(at.km)\(screen.km)"),
                at: last.location ?? element.location)
        }
        var found = LocalizedText(
            en: "no rule or style attribute that applies to it sets \(property)\(screen.en)",
            km: "គ្មានច្បាប់ ឬ attribute style ណាដែលអនុវត្តលើវាកំណត់ \(property) ទេ\(screen.km)")
        let source = StylePhrases.source(of: property, for: element, styles: styles)
        if let note = source.note { found = Phrases.joined([found, note]) }
        let expected = LocalizedText(
            en: "expected a rule for <\(element.name)> that sets \(property)",
            km: "ត្រូវមានច្បាប់សម្រាប់ <\(element.name)> ដែលកំណត់ \(property)")
        return .fail(found, expected: Phrases.joined([expected] + [missingSheetNote(element.document)].compactMap { $0 }), at: element.location)
    }

    // MARK: - selector-used

    func selectorUsed(_ feature: SelectorFeature, in document: HTMLDocument, viewport: Viewport) -> Outcome {
        let styles = self.styles(document, on: viewport)
        let context = matchingContext(document)
        let elements = Array(document.elements)
        let phrase = feature.phrase
        let screen = StylePhrases.screen(viewport)
        var unmatched: StyleRuleInEffect?
        for rule in styles.styleRulesInEffect {
            for selector in rule.selectors.selectors where feature.isUsed(by: selector) {
                guard let element = elements.first(where: { selector.matches($0, in: context) }) else {
                    if unmatched == nil { unmatched = rule }
                    continue
                }
                let at = StylePhrases.at(rule.location)
                return .pass(
                    LocalizedText(
                        en: "the rule `\(Self.snippet(rule.selectorText))` \(at.en) uses \(phrase.en) and matches \(Phrases.element(element).en)",
                        km: "ច្បាប់ `\(Self.snippet(rule.selectorText))` \(at.km) ប្រើ\(phrase.km) ហើយត្រូវនឹង \(Phrases.element(element).km)"),
                    at: rule.location)
            }
        }
        let expected = LocalizedText(
            en: "expected a style rule whose selector uses \(phrase.en) and matches an element of the page",
            km: "ត្រូវមានច្បាប់រចនាប័ទ្មដែលអ្នកជ្រើសរើសរបស់វាប្រើ\(phrase.km) ហើយត្រូវនឹងធាតុមួយនៃទំព័រ")
        if let unmatched {
            let at = StylePhrases.at(unmatched.location)
            return .fail(
                LocalizedText(
                    en: "the rule `\(Self.snippet(unmatched.selectorText))` \(at.en) uses \(phrase.en) but matches no element of the page\(screen.en)",
                    km: "ច្បាប់ `\(Self.snippet(unmatched.selectorText))` \(at.km) ប្រើ\(phrase.km) ប៉ុន្តែមិនត្រូវនឹងធាតុណាមួយនៃទំព័រទេ\(screen.km)"),
                expected: expected, at: unmatched.location)
        }
        if styles.styleRulesInEffect.isEmpty {
            return .fail(
                LocalizedText(en: "\(document.file) has no CSS rules\(screen.en)", km: "\(document.file) គ្មានច្បាប់ CSS ទេ\(screen.km)"),
                expected: expected)
        }
        return .fail(
            LocalizedText(en: "no style rule uses \(phrase.en)\(screen.en)", km: "គ្មានច្បាប់រចនាប័ទ្មណាប្រើ\(phrase.km)ទេ\(screen.km)"),
            expected: expected)
    }

    static func snippet(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return flat.count > 40 ? String(flat.prefix(40)) + "…" : flat
    }

    // MARK: - rule: stylesheet

    func stylesheetRule(_ document: HTMLDocument) -> Outcome {
        let sheets = self.sheets(document)
        var problems: [(LocalizedText, SourceLocation?)] = []
        for sheet in sheets.sheets {
            let hasCSS = CSSParser.parseComponentValues(sheet.sheet.text).contains { !$0.isWhitespace }
            switch sheet.origin {
            case .styleElement(let id):
                let element = Element(document: document, id: id)
                let line = Phrases.element(element)
                if hasCSS {
                    return .pass(LocalizedText(en: "found CSS in \(line.en)", km: "រកឃើញ CSS នៅក្នុង \(line.km)"), at: element.location)
                }
                problems.append((
                    LocalizedText(en: "\(line.en) has no CSS in it", km: "\(line.km) គ្មាន CSS នៅក្នុងវាទេ"), element.location))
            case .linkedFile(let path, let link):
                let element = Element(document: document, id: link)
                let line = Phrases.element(element)
                if hasCSS {
                    return .pass(
                        LocalizedText(en: "\(line.en) links \(path), which has CSS", km: "\(line.km) ភ្ជាប់ \(path) ដែលមាន CSS"),
                        at: element.location)
                }
                problems.append((
                    LocalizedText(en: "\(line.en) links \(path), which is empty", km: "\(line.km) ភ្ជាប់ \(path) ដែលទទេ"),
                    element.location))
            case .importedFile:
                continue
            }
        }
        for missing in sheets.missing {
            let reason = missing.resolvedPath.map { Self.missing($0, in: submission) }
                ?? LocalizedText(en: "it points outside the submission", km: "វាចង្អុលទៅក្រៅការងារដែលបានដាក់ស្នើ")
            let line = missing.location.map { "line \($0.line)" } ?? document.file
            let lineKm = missing.location.map { "បន្ទាត់ទី \($0.line)" } ?? document.file
            problems.append((
                LocalizedText(
                    en: "the stylesheet link \"\(missing.href)\" at \(line) leads nowhere: \(reason.en)",
                    km: "តំណសន្លឹករចនាប័ទ្ម \"\(missing.href)\" នៅ\(lineKm) មិននាំទៅណាទេ៖ \(reason.km)"),
                missing.location))
        }
        let expected = LocalizedText(
            en: "expected CSS in a <style> element or in a linked stylesheet file",
            km: "ត្រូវមាន CSS នៅក្នុងធាតុ <style> ឬក្នុងឯកសារសន្លឹករចនាប័ទ្មដែលភ្ជាប់")
        if problems.isEmpty, let element = LinkRules.internetStylesheet(document), let href = element.attribute("href") {
            let line = Phrases.element(element)
            problems.append((
                LocalizedText(
                    en: "\(line.en) links \(href), a style sheet on the internet, not a file of your work",
                    km: "\(line.km) ភ្ជាប់ \(href) ដែលជាសន្លឹករចនាប័ទ្មនៅលើអ៊ីនធឺណិត មិនមែនជាឯកសារនៃការងាររបស់អ្នកទេ"),
                element.location))
        }
        if problems.isEmpty {
            return .fail(
                LocalizedText(
                    en: "\(document.file) has no <style> element and no <link rel=\"stylesheet\">",
                    km: "\(document.file) គ្មានធាតុ <style> និងគ្មាន <link rel=\"stylesheet\"> ទេ"),
                expected: expected)
        }
        return .fail(Phrases.joined(problems.map(\.0)), expected: expected, at: problems.first?.1)
    }
}

/// Bilingual pieces of the style conditions' messages.
enum StylePhrases {
    /// `rgb(0, 0, 0) (black)`, `16px`, `flex`.
    static func value(_ serialized: String, _ computed: ComputedValue?) -> String {
        if case .color(let color)? = computed, let name = color.cssName { return "\(serialized) (\(name))" }
        return serialized.isEmpty ? "\"\"" : serialized
    }

    /// A rubric value as shown in messages: colours also as the browser writes them.
    static func shown(_ value: String) -> String {
        if let color = RGBA(css: value), color.description != value { return "\(value) (\(color.description))" }
        return value
    }

    /// " on a 400×800 screen" (empty for the standard screen).
    static func screen(_ viewport: Viewport) -> LocalizedText {
        guard viewport != .standard else { return LocalizedText(en: "", km: "") }
        let size = "\(Int(viewport.width))×\(Int(viewport.height))"
        return LocalizedText(en: " on a \(size) screen", km: " លើអេក្រង់ \(size)")
    }

    /// "at line 4 of style.css".
    static func at(_ location: SourceLocation?) -> LocalizedText {
        guard let location else { return LocalizedText(en: "", km: "") }
        return LocalizedText(
            en: "at line \(location.line) of \(location.file)", km: "នៅបន្ទាត់ទី \(location.line) នៃ \(location.file)")
    }

    /// "by `h1 { color: black }` at line 4 of style.css" / "by its style attribute at line 9 of index.html".
    static func declaration(_ declaration: CascadedDeclaration) -> LocalizedText {
        let important = declaration.important ? " !important" : ""
        let written = "\(declaration.declaredProperty): \(Evaluator.snippet(declaration.valueText))\(important)"
        let at = Self.at(declaration.location)
        switch declaration.origin {
        case .inline:
            return LocalizedText(
                en: "by its style attribute (\(written)) \(at.en)", km: "ដោយ attribute style របស់វា (\(written)) \(at.km)")
        case .author:
            let rule = "\(Evaluator.snippet(declaration.selector)) { \(written) }"
            return LocalizedText(en: "by `\(rule)` \(at.en)", km: "ដោយ `\(rule)` \(at.km)")
        case .userAgent:
            return LocalizedText(en: "by the browser's default style", km: "ដោយរចនាប័ទ្មលំនាំដើមរបស់កម្មវិធីរុករក")
        case .presentationalHint:
            return LocalizedText(
                en: "by the old HTML attribute \(declaration.selector) \(at.en) (CSS is the better way)",
                km: "ដោយ attribute HTML ចាស់ \(declaration.selector) \(at.km) (CSS ជាវិធីល្អជាង)")
        }
    }

    /// Where an element's value of a property comes from: the winning declaration, an
    /// ancestor it inherits from, or the browser's default. `note` adds, for failures, where
    /// an inherited value was set.
    static func source(
        of property: String, for element: Element, styles: ComputedStyles
    ) -> (text: LocalizedText, location: SourceLocation?, note: LocalizedText?) {
        let defaultText = LocalizedText(en: "the browser's default", km: "តម្លៃលំនាំដើមរបស់កម្មវិធីរុករក")
        guard ComputedStyles.isLonghand(property) else { return (LocalizedText(en: "", km: ""), nil, nil) }
        if let winner = styles.cascaded(property, for: element) {
            if winner.origin == .userAgent { return (defaultText, nil, nil) }
            let by = declaration(winner)
            return (LocalizedText(en: "set \(by.en)", km: "កំណត់\(by.km)"), winner.location, nil)
        }
        guard ComputedStyles.isInherited(property) else { return (defaultText, nil, nil) }
        var ancestor = element.parent
        while let current = ancestor {
            if let winner = styles.cascaded(property, for: current) {
                guard winner.origin != .userAgent else { break }
                let by = declaration(winner)
                let from = Phrases.element(current)
                let text = LocalizedText(
                    en: "inherited from \(from.en), set \(by.en)", km: "ទទួលមរតកពី \(from.km) ដែលកំណត់\(by.km)")
                let note = LocalizedText(
                    en: "it only inherits \(property) from \(from.en)", km: "វាគ្រាន់តែទទួលមរតក \(property) ពី \(from.km)")
                return (text, winner.location, note)
            }
            ancestor = current.parent
        }
        return (defaultText, nil, nil)
    }

    static func comparison(_ comparison: StyleTest.Comparison) -> (en: String, km: String) {
        let bound = comparison.bound.description
        switch comparison.relation {
        case .greaterThan: return ("greater than \(bound)", "ធំជាង \(bound)")
        case .atLeast: return ("at least \(bound)", "យ៉ាងហោចណាស់ \(bound)")
        case .lessThan: return ("less than \(bound)", "តូចជាង \(bound)")
        case .atMost: return ("at most \(bound)", "យ៉ាងច្រើនបំផុត \(bound)")
        }
    }

    static func typeName(_ type: StyleValueType) -> (en: String, km: String) {
        switch type {
        case .length: return ("a length", "ប្រវែង")
        case .percentage: return ("a percentage", "ភាគរយ")
        case .number: return ("a number", "លេខ")
        case .color: return ("a colour", "ពណ៌")
        case .keyword: return ("a keyword", "ពាក្យគន្លឹះ")
        }
    }
}
