import KruCore

/// `html.li-outside-list`: an `<li>` whose parent, in the tree the browser
/// builds, is not `<ul>`, `<ol>` or `<menu>`. Reported at the `<` of its start tag.
struct LiOutsideListRule: HTMLDiagnosticRule {
    static let id = "html.li-outside-list"
    static let severity = Severity.warning
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

    func check(_ context: HTMLDiagnosticContext, into emitter: inout FindingEmitter) {
        let nodes = context.document.nodes
        // A node's name is made on each use: made once, and compared only for elements.
        for index in nodes.indices where nodes[index].kind == .element {
            let name = nodes[index].name
            guard name.utf8.count == 2, name == "li" else { continue }
            let parent = nodes[index].parent.map { nodes[$0.index] }.flatMap { $0.kind == .element ? $0.name : nil }
            if let parent, Self.lists.contains(parent) { continue }
            guard let location = context.location(of: Element(document: context.document, id: NodeID(index))) else {
                continue
            }
            emit(
                Self.message, at: location, notes: parent.map { [Self.parentNote.filling(["parent": $0])] } ?? [],
                into: &emitter)
        }
    }
}
