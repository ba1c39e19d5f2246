import KruCore

/// `html.li-outside-list`: an `<li>` whose parent, in the tree the browser
/// builds, is not `<ul>`, `<ol>` or `<menu>`. Reported at the `<` of its start tag.
struct LiOutsideListRule: HTMLDiagnosticRule {
    static let id = "html.li-outside-list"
    static let severity = Severity.warning
    static let needs = PageFacts.anyPage
    static let summary = LocalizedText(
        en: "An <li> list item is not inside a <ul> or <ol> list.",
        km: "ធាតុបញ្ជី <li> មិននៅក្នុងបញ្ជី <ul> ឬ <ol> ទេ។")

    static let message = LocalizedText(
        en: "<li> is a list item, but this one is not inside a list. Put it inside <ul> (a list with bullets) or <ol> (a numbered list).",
        km: "<li> ជាធាតុនៃបញ្ជី ប៉ុន្តែ <li> នេះមិននៅក្នុងបញ្ជីទេ។ សូមដាក់វានៅក្នុង <ul> (បញ្ជីមានចំណុច) ឬ <ol> (បញ្ជីមានលេខរៀង)។")

    static let parentNote = LocalizedText(
        en: "Here the browser puts it inside <{parent}>.",
        km: "នៅទីនេះ កម្មវិធីរុករក (browser) ដាក់វានៅក្នុង <{parent}>។")

    static let lists = ["ul", "ol", "menu"]

    /// Whether an element node is named `tag`: by its tag number, or by its name when it has none.
    private static func isElement(_ node: HTMLNode, named tag: HTMLTag) -> Bool {
        node.tag == tag.rawValue || (node.tag == 0 && node.name == tag.name)
    }

    /// Whether an element node is a list an `<li>` belongs in.
    private static func isList(_ node: HTMLNode) -> Bool {
        switch HTMLTag(rawValue: node.tag) {
        case .ul, .ol, .menu: true
        case .other: lists.contains(node.name)
        default: false
        }
    }

    static func check(_ context: HTMLDiagnosticContext, into emitter: inout FindingEmitter) {
        let nodes = context.document.nodes
        // Names are compared by tag number: no name string is made for most elements.
        for index in nodes.indices where nodes[index].kind == .element {
            guard Self.isElement(nodes[index], named: .li) else { continue }
            let parent = nodes[index].parent.map { nodes[$0.index] }.flatMap { $0.kind == .element ? $0 : nil }
            if let parent, Self.isList(parent) { continue }
            guard let location = context.location(of: Element(document: context.document, id: NodeID(index))) else {
                continue
            }
            emit(
                Self.message, at: location, notes: parent.map { [Self.parentNote.filling(["parent": $0.name])] } ?? [],
                into: &emitter)
        }
    }
}
