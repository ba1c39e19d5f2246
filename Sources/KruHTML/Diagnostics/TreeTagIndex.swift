import KruCore

/// Finds the source start tag of each element of the browser-shaped tree, so
/// rules that ask questions about the tree can still point at the exact `<`
/// or attribute.
///
/// Elements and start tags are matched by name in order: an element matches
/// the start tag that begins exactly at its location (several elements can
/// share one tag when the browser re-creates formatting elements), else the
/// next unused start tag of that name whose lines contain the element's line.
struct TreeTagIndex: Sendable {
    /// By node index: the index of the tag that made the node, or -1.
    private var tagByNode: [Int]

    /// How far past the first unused start tag of a name an element's tag is looked for.
    private static let probeLimit = 64

    init(document: HTMLDocument, markup: SourceMarkup) {
        let tags = markup.tags
        // The start tags, in source order, with the line and column they start
        // at and the line they end on.
        var startTags: [Int] = []
        var startLines: [Int] = []
        var startColumns: [Int] = []
        var endLines: [Int] = []
        let lines = document.lines
        for (index, tag) in tags.enumerated() where !tag.isEndTag && !tag.droppedAtEndOfFile {
            startTags.append(index)
            let location = lines.location(ofByteOffset: tag.start)
            startLines.append(location.line)
            startColumns.append(location.column)
            endLines.append(lines.line(ofByteOffset: max(tag.start, tag.end - 1)))
        }
        // By name: the first start tag of that name, and each start tag's next one of the same name
        // (positions in `startTags`, -1 at the end).
        var firstOfName = [Int](repeating: -1, count: markup.names.count)
        var nextOfName = [Int](repeating: -1, count: startTags.count)
        var lastOfName = firstOfName
        for (position, index) in startTags.enumerated() {
            let name = tags[index].name.index
            if lastOfName[name] < 0 { firstOfName[name] = position } else { nextOfName[lastOfName[name]] = position }
            lastOfName[name] = position
        }
        var used = [Bool](repeating: false, count: startTags.count)
        // By name: where the search for an unused start tag of that name begins (-2: at the first one).
        var searchStart = [Int](repeating: -2, count: markup.names.count)
        let nodes = document.nodes
        tagByNode = Array(repeating: -1, count: nodes.count)
        for nodeIndex in nodes.indices where nodes[nodeIndex].kind == .element {
            guard let location = nodes[nodeIndex].location else { continue }
            let elementName = nodes[nodeIndex].name
            // The start tag that begins exactly at the element's location.
            var low = 0
            var high = startTags.count
            while low < high {
                let mid = (low + high) / 2
                if (startLines[mid], startColumns[mid]) < (location.line, location.column) { low = mid + 1 } else { high = mid }
            }
            if low < startTags.count, startLines[low] == location.line, startColumns[low] == location.column,
                markup.names[tags[startTags[low]].name] == elementName
            {
                // A second element at the same place is a copy the browser made
                // while repairing mis-nested tags (`<b><p></b>`): same tag.
                used[low] = true
                tagByNode[nodeIndex] = startTags[low]
                continue
            }
            guard let name = markup.names.id(of: elementName)?.index, firstOfName[name] >= 0 else { continue }
            var position = searchStart[name] == -2 ? firstOfName[name] : searchStart[name]
            while position >= 0, used[position] { position = nextOfName[position] }
            searchStart[name] = position
            var probe = position
            var steps = 0
            while probe >= 0, steps < Self.probeLimit {
                if !used[probe], startLines[probe] <= location.line, location.line <= endLines[probe] {
                    used[probe] = true
                    tagByNode[nodeIndex] = startTags[probe]
                    break
                }
                if startLines[probe] > location.line { break }
                probe = nextOfName[probe]
                steps += 1
            }
        }
    }

    /// The index of the start tag that made `node`, when there is one.
    func startTag(of node: NodeID) -> Int? {
        let tag = tagByNode[node.index]
        return tag >= 0 ? tag : nil
    }
}
