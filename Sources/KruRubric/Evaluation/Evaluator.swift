import Foundation
import KruCore
import KruCSS
import KruHTML
import KruSelectors

/// Evaluates the conditions of one rubric against one submission. Each file
/// is decoded and parsed at most once, and diagnosed at most once; its style
/// sheets are collected once and its styles computed once per screen size.
final class Evaluator {
    /// Where a condition is judged: a whole file, or one element of it.
    enum Scope {
        case file(String)
        case element(Element)
    }

    let submission: SubmissionFiles
    private let diagnose: (HTMLDocument) -> [Finding]

    // `@exclusivity(unchecked)` on the caches below and in `Page`: the evaluator and its pages
    // belong to one grading on one thread, and no access to a cache overlaps another (nothing
    // called while a cache is read or written touches the same cache), so the run-time check
    // each access of a class's property otherwise makes is not needed.
    /// What is known of each page, in the order first asked for: a submission has few pages,
    /// and checks ask for the same one again and again.
    @exclusivity(unchecked) private var pages: [(file: String, page: Page)] = []

    /// What is known of one page, worked out when a check first asks.
    private final class Page {
        let document: Result<HTMLDocument, LoadFailure>
        @exclusivity(unchecked) var findings: [Finding]?
        @exclusivity(unchecked) var context: SelectorMatchingContext?
        /// The page's elements.
        @exclusivity(unchecked) var tagNames: TagNames?
        @exclusivity(unchecked) var sheets: StyleSheetSet?
        @exclusivity(unchecked) var styles: [(viewport: Viewport, styles: ComputedStyles)] = []
        @exclusivity(unchecked) var cssFindings: [Finding]?
        /// Queries on the whole page and their answers. A rubric asks few distinct queries, and
        /// comparing them (the same strings of one rubric) is cheaper than hashing them.
        @exclusivity(unchecked) var selections: [(among: ElementQuery.Among, selector: String, ids: [NodeID])] = {
            // A rubric asks a page a handful of queries: room for them from the start.
            var selections: [(among: ElementQuery.Among, selector: String, ids: [NodeID])] = []
            selections.reserveCapacity(8)
            return selections
        }()

        // The `Result` is made here from its payload: a `Result` of these types handed in and
        // copied would go through its generic value witnesses, which cost as much as a check.

        /// A page that was read and parsed.
        init(_ document: HTMLDocument) {
            self.document = .success(document)
        }

        /// A page that cannot be read.
        init(_ failure: LoadFailure) {
            self.document = .failure(failure)
        }
    }

    struct LoadFailure: Error {
        var reason: LocalizedText
    }

    init(submission: SubmissionFiles, diagnose: @escaping (HTMLDocument) -> [Finding]) {
        self.submission = submission
        self.diagnose = diagnose
    }

    /// The parsed page `file`, or why it cannot be read.
    func document(_ file: String) -> Result<HTMLDocument, LoadFailure> {
        page(file).document
    }

    private func page(_ file: String) -> Page {
        // Read in place: copying each entry would retain its path and its page.
        for index in pages.indices where pages[index].file == file { return pages[index].page }
        let page: Page
        if let data = submission.data(file) {
            do {
                page = Page(try HTMLParser.parse(data: data, file: file))
            } catch {
                page = Page(LoadFailure(reason: LocalizedText(
                    en: "cannot check \(file): \(error.message.en)", km: "មិនអាចពិនិត្យ \(file) បានទេ៖ \(error.message.km)")))
            }
        } else {
            let reason = Self.missing(file, in: submission)
            page = Page(LoadFailure(reason: LocalizedText(
                en: "cannot check \(file): \(reason.en)", km: "មិនអាចពិនិត្យ \(file) បានទេ៖ \(reason.km)")))
        }
        pages.append((file, page))
        return page
    }

    /// The page a parsed document belongs to.
    private func page(_ document: HTMLDocument) -> Page {
        let file = document.file
        // Read in place: copying each entry would retain its path and its page.
        for index in pages.indices where pages[index].file == file { return pages[index].page }
        let page = Page(document)
        pages.append((file, page))
        return page
    }

    /// Diagnostics of a page (computed once).
    func diagnostics(_ document: HTMLDocument) -> [Finding] {
        let page = page(document)
        if let cached = page.findings { return cached }
        let result = diagnose(document)
        page.findings = result
        return result
    }

    /// The style sheets of a page (collected once).
    func sheets(_ document: HTMLDocument) -> StyleSheetSet {
        let page = page(document)
        if let cached = page.sheets { return cached }
        let result = StyleSheetSet.collect(from: document, submission: submission, htmlPath: document.file)
        page.sheets = result
        return result
    }

    /// The computed styles of a page on a screen (computed once per page and screen).
    func styles(_ document: HTMLDocument, on viewport: Viewport) -> ComputedStyles {
        let page = page(document)
        if let cached = page.styles.first(where: { $0.viewport == viewport }) { return cached.styles }
        let result = ComputedStyles.compute(document: document, sheets: sheets(document), viewport: viewport)
        page.styles.append((viewport, result))
        return result
    }

    /// CSS diagnostics of a page and the style sheets it uses (computed once).
    func cssDiagnostics(_ document: HTMLDocument) -> [Finding] {
        let page = page(document)
        if let cached = page.cssFindings { return cached }
        var emitter = FindingEmitter()
        CSSDiagnostics.run(
            CSSDiagnosticContext(document: document, sheets: sheets(document), styles: styles(document, on: .standard)),
            into: &emitter)
        let result = emitter.sortedFindings
        page.cssFindings = result
        return result
    }

    /// "index.html is missing", with a hint when only the letter case differs.
    static func missing(_ file: String, in submission: SubmissionFiles) -> LocalizedText {
        if let near = submission.paths.first(where: { $0.lowercased() == file.lowercased() }) {
            return LocalizedText(
                en: "there is no \(file), but there is \(near); rename it to \(file) (letter case matters)",
                km: "គ្មាន \(file) ទេ ប៉ុន្តែមាន \(near); សូមប្ដូរឈ្មោះវាទៅជា \(file) (អក្សរធំ និងអក្សរតូចខុសគ្នា)")
        }
        return LocalizedText(
            en: "the submission has no file named \(file)",
            km: "ការងារដែលបានដាក់ស្នើគ្មានឯកសារឈ្មោះ \(file) ទេ")
    }

    /// Whether an element matches a selector (one matching context per page).
    func matches(_ selector: RubricSelector, _ element: Element) -> Bool {
        // A bare tag name matches on the name alone: no matcher, no sibling tables.
        if let name = selector.typeName {
            return element.document.withNodes { TagNames.isElement($0[element.id.index], named: name, tag: selector.typeTag) }
        }
        return selector.matches(element, in: matchingContext(element.document))
    }

    /// The elements of a page (listed once).
    private func tagNames(of page: Page, _ document: HTMLDocument) -> TagNames {
        if let cached = page.tagNames { return cached }
        let names = TagNames(document)
        page.tagNames = names
        return names
    }

    /// The selector matching context of a page (built once).
    func matchingContext(_ document: HTMLDocument) -> SelectorMatchingContext {
        let page = page(document)
        if let cached = page.context { return cached }
        let context = SelectorMatchingContext(document: document)
        page.context = context
        return context
    }

    // MARK: - Conditions

    func evaluate(_ condition: Condition, in scope: Scope) -> Outcome {
        switch condition {
        case .inFile(let file, let inner):
            return evaluate(inner, in: .file(file))
        case .all(let conditions):
            var found: [Message] = []
            found.reserveCapacity(conditions.count)
            var location: SourceLocation?
            for condition in conditions {
                let outcome = evaluate(condition, in: scope)
                guard outcome.passed else { return outcome }
                if found.isEmpty { location = outcome.location }
                found.append(outcome.foundMessage)
            }
            return .pass(.joined(found), at: location)
        case .any(let conditions):
            var failures: [Outcome] = []
            for condition in conditions {
                let outcome = evaluate(condition, in: scope)
                if outcome.passed { return outcome }
                failures.append(outcome)
            }
            if let cannot = failures.first(where: \.cannotRun) { return cannot }
            return .fail(
                .joined(failures.map(\.foundMessage)), expected: .alternatives(failures.map(\.expected)),
                at: failures.first?.location)
        case .not(let inner):
            let outcome = evaluate(inner, in: scope)
            if outcome.cannotRun { return outcome }
            if outcome.passed {
                let expected = outcome.negation ?? LocalizedText(en: "this is not allowed", km: "នេះមិនត្រូវបានអនុញ្ញាតទេ")
                return .fail(outcome.foundMessage, expected: .text(expected), at: outcome.location)
            }
            return .pass(outcome.foundMessage, at: outcome.location)
        case .filesExist(let files):
            return filesExist(files)
        default:
            break
        }
        // Everything below needs elements.
        switch condition {
        case .count(let query, let bound):
            switch select(query, in: scope) {
            case .failure(let failure): return .cannotRun(failure.reason)
            case .success(let elements): return count(elements, query: query, bound: bound, scope: scope)
            }
        case .every(let query, let inner, let atLeast):
            switch select(query, in: scope) {
            case .failure(let failure): return .cannotRun(failure.reason)
            case .success(let elements): return every(elements, query: query, inner: inner, atLeast: atLeast, scope: scope)
            }
        case .some(let query, let inner, let atLeast):
            switch select(query, in: scope) {
            case .failure(let failure): return .cannotRun(failure.reason)
            case .success(let elements): return some(elements, query: query, inner: inner, atLeast: atLeast, scope: scope)
            }
        case .first(let query, let inner):
            switch select(query, in: scope) {
            case .failure(let failure): return .cannotRun(failure.reason)
            case .success(let elements):
                let what = query.selector.name
                guard let first = elements.first else {
                    return .fail(
                        .foundNone(what: what, children: query.among == .children),
                        expected: .text(LocalizedText(en: "expected a \(what) element", km: "ត្រូវមានធាតុ \(what)")),
                        at: scopeLocation(scope))
                }
                guard let inner else {
                    return .pass(LocalizedText(en: "found \(Phrases.element(first).en)", km: "រកឃើញ \(Phrases.element(first).km)"), at: first.location)
                }
                var outcome = evaluate(inner, in: .element(first))
                outcome.describe(first)
                return outcome
            }
        case .order(let selectors):
            switch elementsInScope(scope, among: .descendants) {
            case .failure(let failure): return .cannotRun(failure.reason)
            case .success(let elements): return order(selectors, elements: elements, scope: scope)
            }
        case .attribute(let name, let test):
            guard case .element(let element) = scope else { return Self.misplaced }
            return attribute(name, test: test, of: element)
        case .text(let source, let test):
            guard case .element(let element) = scope else { return Self.misplaced }
            return text(source, test: test, of: element)
        case .controlType(let types):
            guard case .element(let element) = scope else { return Self.misplaced }
            let type = ControlType.of(element)
            let found = LocalizedText(en: "its type is \"\(type)\"", km: "ប្រភេទរបស់វាគឺ \"\(type)\"")
            if types.contains(type) { return .pass(found, at: element.locationQuickly) }
            let options = Phrases.alternatives(types)
            return .fail(found, expected: LocalizedText(en: "expected type \(options.en)", km: "ប្រភេទត្រូវតែជា \(options.km)"), at: element.locationQuickly)
        case .isMatch(let selector):
            guard case .element(let element) = scope else { return Self.misplaced }
            let found = LocalizedText(en: "it is a <\(element.name)> element", km: "វាជាធាតុ <\(element.name)>")
            if matches(selector, element) { return .pass(found, at: element.locationQuickly) }
            return .fail(found, expected: LocalizedText(
                en: "expected \(selector.name) here", km: "នៅទីនេះត្រូវតែជា \(selector.name)"), at: element.locationQuickly)
        case .inside(let selector), .parent(let selector):
            guard case .element(let element) = scope else { return Self.misplaced }
            let direct: Bool
            if case .parent = condition { direct = true } else { direct = false }
            // The parent, then (for `inside`) each ancestor up to <html>.
            var holder = element.parentQuickly
            while let candidate = holder {
                if matches(selector, candidate) { return .pass(.inside(candidate), at: element.locationQuickly) }
                holder = direct ? nil : candidate.parentQuickly
            }
            let parentName = element.parent.map { "<\($0.name)>" } ?? "—"
            return .fail(
                LocalizedText(en: "its parent is \(parentName)", km: "ធាតុមេរបស់វាគឺ \(parentName)"),
                expected: direct
                    ? LocalizedText(en: "expected it directly inside \(selector.name)", km: "វាត្រូវនៅផ្ទាល់ក្នុង \(selector.name)")
                    : LocalizedText(en: "expected it inside \(selector.name)", km: "វាត្រូវនៅក្នុង \(selector.name)"),
                at: element.locationQuickly)
        case .rule(let rule):
            return evaluate(rule, in: scope)
        case .diagnostic(let id):
            switch pageDocument(scope) {
            case .failure(let failure): return .cannotRun(failure.reason)
            case .success(let document):
                let all = id.hasPrefix("css.") ? cssDiagnostics(document) : diagnostics(document)
                let hits = all.filter { $0.id == id }
                guard let first = hits.first else {
                    return .pass(LocalizedText(en: "no \(id) problem in \(document.file)", km: "គ្មានបញ្ហា \(id) នៅក្នុង \(document.file) ទេ"))
                }
                let line = first.location.map { "line \($0.line)" } ?? document.file
                let lineKm = first.location.map { "បន្ទាត់ទី \($0.line)" } ?? document.file
                let found = hits.count == 1
                    ? LocalizedText(en: "\(line): \(first.message.en)", km: "\(lineKm)៖ \(first.message.km)")
                    : LocalizedText(
                        en: "\(hits.count) problems of this kind; the first, \(line): \(first.message.en)",
                        km: "មានបញ្ហាប្រភេទនេះ \(hits.count); ទីមួយ \(lineKm)៖ \(first.message.km)")
                return .fail(found, expected: LocalizedText(en: "fix this problem", km: "សូមកែបញ្ហានេះ"), at: first.location)
            }
        case .style(let test, let viewport):
            guard case .element(let element) = scope else { return Self.misplaced }
            return style(test, of: element, on: viewport)
        case .declared(let property, let viewport):
            guard case .element(let element) = scope else { return Self.misplaced }
            return declared(property, on: element, viewport: viewport)
        case .selectorUsed(let feature, let viewport):
            switch pageDocument(scope) {
            case .failure(let failure): return .cannotRun(failure.reason)
            case .success(let document): return selectorUsed(feature, in: document, viewport: viewport)
            }
        default:
            return Self.misplaced
        }
    }

    /// Reached only if the loader let an element condition through at page level.
    static let misplaced = Outcome.cannotRun(LocalizedText(
        en: "this check is written wrongly in its rubric (an element condition outside every/some/first); tell your mentor",
        km: "ការពិនិត្យនេះសរសេរខុសនៅក្នុង rubric; សូមប្រាប់គ្រូណែនាំរបស់អ្នក"))

    // MARK: - Selection

    /// The file a scope belongs to, parsed.
    func pageDocument(_ scope: Scope) -> Result<HTMLDocument, LoadFailure> {
        switch scope {
        case .file(let file): return document(file)
        case .element(let element): return .success(element.document)
        }
    }

    private func elementsInScope(_ scope: Scope, among: ElementQuery.Among) -> Result<Selection, LoadFailure> {
        switch scope {
        case .file(let file):
            let page = page(file)
            return page.document.map { elementsOfPage(page, $0, among: among) }
        case .element(let element):
            return .success(among == .children ? element.childElements : element.documentDescendants)
        }
    }

    /// The elements of a page a query looks among: `<html>` for its children, all of them otherwise.
    private func elementsOfPage(_ page: Page, _ document: HTMLDocument, among: ElementQuery.Among) -> Selection {
        if among == .children { return Selection(document: document, ids: document.documentElement.map { [$0.id] } ?? []) }
        return Selection(document: document, ids: tagNames(of: page, document).elements)
    }

    private func select(_ query: ElementQuery, in scope: Scope) -> Result<Selection, LoadFailure> {
        switch scope {
        case .element(let element):
            let elements = query.among == .children ? element.childElements : element.documentDescendants
            return .success(filter(elements, by: query.selector))
        case .file(let file):
            // Several checks ask a page for the same elements: select them once per page.
            let page = page(file)
            let document: HTMLDocument
            switch page.document {
            case .failure(let failure): return .failure(failure)
            case .success(let parsed): document = parsed
            }
            // Fields compared in place: copying each cached answer would retain its strings and ids.
            let selections = page.selections
            for index in selections.indices
            where selections[index].among == query.among && selections[index].selector == query.selector.text {
                return .success(Selection(document: document, ids: selections[index].ids))
            }
            let elements = filter(elementsOfPage(page, document, among: query.among), by: query.selector)
            page.selections.append((query.among, query.selector.text, elements.ids))
            return .success(elements)
        }
    }

    /// The elements (of one page) a selector matches, in their order.
    private func filter(_ elements: Selection, by selector: RubricSelector) -> Selection {
        // A bare tag name matches on the name alone: no matcher, no sibling tables.
        if let name = selector.typeName { return TagNames.filter(elements, named: name, tag: selector.typeTag) }
        if elements.isEmpty { return elements }
        // The elements share one page, so one matching context serves them all.
        let matched = selector.list.filter(Array(elements), in: matchingContext(elements.document))
        return Selection(document: elements.document, elements: matched)
    }

    private func scopeLocation(_ scope: Scope) -> SourceLocation? {
        if case .element(let element) = scope { return element.locationQuickly }
        return nil
    }

    // MARK: - Quantifiers

    private func count(_ elements: Selection, query: ElementQuery, bound: CountBound, scope: Scope) -> Outcome {
        let found = Message.found(what: query.selector.name, children: query.among == .children, elements: elements)
        if bound.accepts(elements.count) {
            return .pass(found, at: elements.first?.locationQuickly ?? scopeLocation(scope))
        }
        // Point at the first element too many, or at the scope when there are too few.
        let limit = bound.exactly ?? bound.atMost ?? Int.max
        let location = elements.count > limit ? elements[limit].locationQuickly : (elements.last?.locationQuickly ?? scopeLocation(scope))
        return .fail(found, expected: .expectedCount(bound), at: location)
    }

    private func every(_ elements: Selection, query: ElementQuery, inner: Condition, atLeast: Int?, scope: Scope) -> Outcome {
        let what = query.selector.name
        if let atLeast, elements.count < atLeast {
            return .fail(
                .found(what: what, children: query.among == .children, elements: elements),
                expected: .expectedCount(CountBound(atLeast: atLeast)),
                at: elements.last?.locationQuickly ?? scopeLocation(scope))
        }
        for element in elements {
            var outcome = evaluate(inner, in: .element(element))
            if !outcome.passed {
                outcome.describe(element)
                return outcome
            }
        }
        return .pass(
            .allRight(count: elements.count, what: what),
            at: elements.isEmpty ? scopeLocation(scope) : elements.first?.locationQuickly)
    }

    private func some(_ elements: Selection, query: ElementQuery, inner: Condition?, atLeast: Int, scope: Scope) -> Outcome {
        let what = query.selector.name
        let children = query.among == .children
        guard let inner else {
            let found = Message.found(what: what, children: children, elements: elements)
            if elements.count >= atLeast { return .pass(found, at: elements.first?.locationQuickly) }
            return .fail(found, expected: .expectedCount(CountBound(atLeast: atLeast)), at: elements.last?.locationQuickly ?? scopeLocation(scope))
        }
        var good: [Element] = []
        // The first element that fails and its outcome (the outcome is not an optional: an
        // optional outcome is destroyed through generic value witnesses, which costs more).
        var failedElement: Element?
        var failure = Outcome.pass(.nothing)
        for element in elements {
            var outcome = evaluate(inner, in: .element(element))
            if outcome.passed {
                if atLeast == 1 {
                    outcome.describe(element)
                    return outcome
                }
                good.append(element)
            } else if failedElement == nil {
                failedElement = element
                failure = outcome
            }
        }
        if good.count >= atLeast {
            let where_ = Phrases.lines(good.compactMap { $0.locationQuickly?.line })
            return .pass(
                LocalizedText(en: "found \(good.count) \(what) elements that are right, \(where_.en)", km: "រកឃើញធាតុ \(what) ត្រឹមត្រូវចំនួន \(good.count) \(where_.km)"),
                at: good.first?.locationQuickly)
        }
        guard let element = failedElement else {
            return .fail(
                .foundNone(what: what, children: children),
                expected: .expectedCount(CountBound(atLeast: atLeast)),
                at: scopeLocation(scope))
        }
        if failure.cannotRun { return failure }
        let summary: LocalizedText
        if atLeast == 1 {
            summary = elements.count == 1
                ? LocalizedText(en: "the only \(what) element is not right", km: "ធាតុ \(what) តែមួយគត់មិនទាន់ត្រឹមត្រូវទេ")
                : LocalizedText(en: "none of the \(elements.count) \(what) elements is right", km: "ធាតុ \(what) ទាំង \(elements.count) គ្មានមួយណាត្រឹមត្រូវទេ")
        } else {
            summary = LocalizedText(
                en: "\(good.count) of the \(elements.count) \(what) elements \(good.count == 1 ? "is" : "are") right, at least \(atLeast) are needed",
                km: "ធាតុ \(what) ត្រឹមត្រូវ \(good.count) ក្នុងចំណោម \(elements.count) ប៉ុន្តែត្រូវការយ៉ាងហោចណាស់ \(atLeast)")
        }
        return .fail(
            .joined([.text(summary), .about(element, failure.foundMessage)]), expected: failure.expected,
            at: failure.location ?? element.locationQuickly)
    }

    private func order(_ selectors: [RubricSelector], elements: Selection, scope: Scope) -> Outcome {
        let names = selectors.map(\.name).joined(separator: ", ")
        var firsts: [Element] = []
        for selector in selectors {
            guard let first = elements.first(where: { matches(selector, $0) }) else {
                return .fail(
                    .foundNone(what: selector.name, children: false),
                    expected: .text(LocalizedText(en: "expected \(names) in this order", km: "ត្រូវមាន \(names) តាមលំដាប់នេះ")),
                    at: scopeLocation(scope))
            }
            firsts.append(first)
        }
        for index in 1..<firsts.count where firsts[index].id < firsts[index - 1].id {
            let later = Phrases.element(firsts[index - 1]), earlier = Phrases.element(firsts[index])
            return .fail(
                LocalizedText(en: "\(earlier.en) comes before \(later.en)", km: "\(earlier.km) នៅមុន \(later.km)"),
                expected: LocalizedText(en: "expected \(names) in this order", km: "ត្រូវមាន \(names) តាមលំដាប់នេះ"),
                at: firsts[index].locationQuickly)
        }
        return .pass(LocalizedText(en: "\(names) come in the right order", km: "\(names) នៅតាមលំដាប់ត្រឹមត្រូវ"), at: firsts.first?.locationQuickly)
    }

    // MARK: - Element tests

    private func attribute(_ name: String, test: StringTest, of element: Element) -> Outcome {
        let value = element.document.withNodes { $0[element.id.index].attribute(name) }
        let found = Message.attribute(name: name, value: value)
        let unmet = test.unmet(value, subject: LocalizedText(en: name, km: name))
        if unmet.isEmpty { return .pass(found, at: element.locationQuickly) }
        return .fail(found, expected: .text(Phrases.joined(unmet)), at: element.locationQuickly)
    }

    private func text(_ source: TextSource, test: StringTest, of element: Element) -> Outcome {
        let raw = source == .content ? element.textContentQuickly : AccessibleText.of(element)
        let value = raw.trimmingHTMLWhitespaceQuickly()
        // The full count only when a message shows it (the same pass finds where the message's
        // quote of the text ends). Emptiness needs no scan: `value` is trimmed of White_Space, so
        // its first cluster, when it has one, starts with a scalar that is not White_Space and
        // is visible (as `GraphemeClusters.hasVisible` would find).
        let length: Int
        var quoteEnd: Int?
        if !test.countsLength {
            length = value.isEmpty ? 0 : 1
        } else if let measured = KhmerScan.measure(value, clusterLimit: Phrases.quoteLimit) {
            (length, quoteEnd) = measured
        } else {
            length = StringTest.visibleLength(value)
        }
        let found: Message = length == 0
            ? .text(LocalizedText(en: "its text is empty", km: "អត្ថបទរបស់វាទទេ"))
            : .elementText(value, length: test.countsLength ? length : nil, quoteEnd: quoteEnd)
        // When the test trims, `unmet` judges `value` and its count (or emptiness) is reused.
        let unmet = test.unmet(
            test.trim ? value : raw, subject: LocalizedText(en: "text", km: "អត្ថបទ"), knownLength: test.trim ? length : nil,
            isTrimmed: test.trim)
        if unmet.isEmpty { return .pass(found, at: element.locationQuickly) }
        return .fail(found, expected: .text(Phrases.joined(unmet)), at: element.locationQuickly)
    }

    // MARK: - Files

    private func filesExist(_ files: [String]) -> Outcome {
        let missing = files.filter { !submission.contains($0) }
        if missing.isEmpty {
            return .pass(LocalizedText(
                en: "found \(files.joined(separator: ", "))", km: "រកឃើញ \(files.joined(separator: ", "))"))
        }
        let reasons = missing.map { Self.missing($0, in: submission) }
        return .fail(
            Phrases.joined(reasons),
            expected: LocalizedText(
                en: "expected the files \(files.joined(separator: ", "))", km: "ត្រូវមានឯកសារ \(files.joined(separator: ", "))"))
    }
}

extension Outcome {
    func withLocation(_ location: SourceLocation?) -> Outcome {
        var copy = self
        copy.location = location
        return copy
    }
}
