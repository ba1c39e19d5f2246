/// Finds the source start tag of each element of the browser-shaped tree, so
/// rules that ask questions about the tree can still point at the exact `<`
/// or attribute.
///
/// Elements and start tags are matched by name in order: an element matches
/// the start tag that begins exactly at its location (several elements can
/// share one tag when the browser re-creates formatting elements), else the
/// next unused start tag of that name whose lines contain the element's line.
struct TreeTagIndex: Sendable {
    private var tagByNode: [NodeID: Int] = [:]

    private struct StartKey: Hashable {
        var name: String
        var line: Int
        var column: Int
    }

    init(document: HTMLDocument, tags: [SourceTag], locator: SourceLocator) {
        var byName: [String: [Int]] = [:]
        // By tag index: the lines a start tag spans, and whether an element took it.
        var lineRanges = [ClosedRange<Int>?](repeating: nil, count: tags.count)
        var byStart: [StartKey: Int] = [:]
        for (index, tag) in tags.enumerated() where !tag.isEndTag && !tag.droppedAtEndOfFile {
            byName[tag.name, default: []].append(index)
            let start = locator.location(ofByteOffset: tag.start)
            let endLine = locator.line(ofByteOffset: max(tag.start, tag.end - 1))
            lineRanges[index] = start.line...endLine
            byStart[StartKey(name: tag.name, line: start.line, column: start.column)] = index
        }
        var used = [Bool](repeating: false, count: tags.count)
        var cursor: [String: Int] = [:]
        for element in document.elements {
            guard let location = element.location, let candidates = byName[element.name] else { continue }
            if let exact = byStart[StartKey(name: element.name, line: location.line, column: location.column)] {
                // A second element at the same place is a copy the browser made
                // while repairing mis-nested tags (`<b><p></b>`): same tag.
                used[exact] = true
                tagByNode[element.id] = exact
                continue
            }
            var position = cursor[element.name, default: 0]
            while position < candidates.count, used[candidates[position]] { position += 1 }
            cursor[element.name] = position
            var probe = position
            while probe < candidates.count, probe < position + 64 {
                let candidate = candidates[probe]
                if !used[candidate], let lines = lineRanges[candidate], lines.contains(location.line) {
                    used[candidate] = true
                    tagByNode[element.id] = candidate
                    break
                }
                if let lines = lineRanges[candidate], lines.lowerBound > location.line { break }
                probe += 1
            }
        }
    }

    /// The index of the start tag that made `node`, when there is one.
    func startTag(of node: NodeID) -> Int? { tagByNode[node] }
}
