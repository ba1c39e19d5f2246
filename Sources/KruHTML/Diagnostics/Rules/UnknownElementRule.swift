import KruCore
import Synchronization

/// `html.unknown-element`: a start tag whose name is not an HTML element,
/// most often a typo (`<titel>`, `<bdoy>`) or an invented name
/// (`<paragraph>`). Suggests the closest element by edit distance (a swapped
/// pair of letters counts as one edit) or a known beginner alias.
///
/// Every HTML5 element is known, as are obsolete ones (reported by
/// `html.obsolete-element`), custom elements (names with a hyphen, like
/// `<my-card>`) and everything inside `<svg>` and `<math>`.
struct UnknownElementRule: HTMLDiagnosticRule {
    static let id = "html.unknown-element"
    static let severity = Severity.warning
    static let needs = PageFacts.unknownStartTag
    static let summary = LocalizedText(
        en: "A tag name is not an HTML element (often a typo, like <titel> for <title>).",
        km: "ឈ្មោះស្លាកមិនមែនជាធាតុ HTML ទេ (ជាញឹកញាប់ជាការសរសេរខុស ដូចជា <titel> ជំនួស <title>)។")

    static let withSuggestion = LocalizedText(
        en: "<{name}> is not an HTML element, so the browser does not know what it means. Did you mean {suggestion}?",
        km: "<{name}> មិនមែនជាធាតុ HTML ទេ ដូច្នេះកម្មវិធីរុករក (browser) មិនដឹងថាវាមានន័យអ្វីទេ។ តើអ្នកចង់សរសេរ {suggestion} មែនទេ?")

    static let withoutSuggestion = LocalizedText(
        en: "<{name}> is not an HTML element, so the browser does not know what it means. Check the spelling, or use a real element such as <div> or <span>.",
        km: "<{name}> មិនមែនជាធាតុ HTML ទេ ដូច្នេះកម្មវិធីរុករក (browser) មិនដឹងថាវាមានន័យអ្វីទេ។ សូមពិនិត្យអក្ខរាវិរុទ្ធ ឬប្រើធាតុពិតប្រាកដ ដូចជា <div> ឬ <span>។")

    static let missingSpace = LocalizedText(
        en: "<{name}> is not an HTML element: a space is missing after <{element}. Write <{element} {rest}>.",
        km: "<{name}> មិនមែនជាធាតុ HTML ទេ៖ ខ្វះដកឃ្លាមួយនៅក្រោយ <{element}។ សូមសរសេរ <{element} {rest}>។")

    static func check(_ context: HTMLDiagnosticContext, into emitter: inout FindingEmitter) {
        for tag in context.tags where !tag.isEndTag && !tag.droppedAtEndOfFile && !tag.inForeignContent {
            // Every known and obsolete name has a trait; other names are looked at as text.
            if !tag.traits.isDisjoint(with: [.known, .obsolete]) { continue }
            let name = context.name(of: tag)
            if HTMLElementNames.isCustomElementName(name) { continue }
            emit(Self.message(for: name), at: tag.start, in: context, into: &emitter)
        }
    }

    /// Messages already worked out, by tag name: a cohort repeats the same typos, and finding
    /// the closest names is costly. Bounded: emptied when it holds `messageCacheLimit` names.
    private static let messageCache = Mutex<[String: LocalizedText]>([:])
    private static let messageCacheLimit = 4096

    static func message(for name: String) -> LocalizedText {
        if let cached = messageCache.withLock({ $0[name] }) { return cached }
        let message = composeMessage(for: name)
        messageCache.withLock { cache in
            if cache.count >= messageCacheLimit { cache.removeAll() }
            cache[name] = message
        }
        return message
    }

    private static func composeMessage(for name: String) -> LocalizedText {
        if let (element, rest) = missingSpaceSplit(name) {
            return missingSpace.filling(["name": name, "element": element, "rest": rest])
        }
        let suggestions = suggestions(for: name)
        guard !suggestions.isEmpty else { return withoutSuggestion.filling(["name": name]) }
        let tags = suggestions.map { TagText.start($0) }
        return withSuggestion.filling(
            en: ["name": name, "suggestion": tags.joined(separator: " or ")],
            km: ["name": name, "suggestion": tags.joined(separator: " ឬ ")])
    }

    /// `h1class="title"` → (`h1`, `class="title"`): a known name glued to an attribute.
    static func missingSpaceSplit(_ name: String) -> (String, String)? {
        guard name.contains("=") else { return nil }
        let candidates = HTMLElementNames.known.filter { name.hasPrefix($0) && name.count > $0.count }
        guard let element = candidates.max(by: { $0.count < $1.count }) else { return nil }
        let rest = String(name.dropFirst(element.count))
        guard let first = rest.unicodeScalars.first, ("a"..."z").contains(first) else { return nil }
        return (element, rest)
    }

    /// The known element names closest to `name` (at most two, tied), or a beginner alias.
    static func suggestions(for name: String) -> [String] {
        if let alias = HTMLElementNames.beginnerAliases[name] { return [alias] }
        let length = name.count
        let limit: Int
        switch length {
        case ...2: return []
        case 3...4: limit = 1
        case 5...7: limit = 2
        default: limit = 3
        }
        var best = Int.max
        var found: [String] = []
        let scalars = Array(name.unicodeScalars)
        for (candidate, count, candidateScalars) in sortedKnown where abs(count - length) <= limit {
            let distance = Suggestion.editDistance(scalars, candidateScalars)
            if distance < best {
                best = distance
                found = [candidate]
            } else if distance == best {
                found.append(candidate)
            }
        }
        // A name with the same letters in another order is the likeliest typo (<bdoy> → <body>).
        let anagrams = found.filter { $0.sorted() == name.sorted() }
        if !anagrams.isEmpty { found = anagrams }
        guard best <= limit, found.count <= 2 else { return [] }
        return found
    }

    /// The known element names in order, with their length and scalars (prepared once, from the
    /// tag table's names, which are in order already: no set to walk, little to sort; they are
    /// ASCII, so each byte is a scalar).
    private static let sortedKnown: [(name: String, count: Int, scalars: [Unicode.Scalar])] =
        HTMLTag.allCases.filter { TagTraits.byTag[Int($0.rawValue)].contains(.known) }.map(\.name).sorted()
        .map { ($0, $0.utf8.count, $0.utf8.map { Unicode.Scalar($0) }) }

}
