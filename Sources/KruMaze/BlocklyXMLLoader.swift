import KruCore
import KruXML

/// Blockly XML (`<xml><block type id x y>…`), with or without the Blockly namespace.
///
/// The program is built straight from the reader's events (no ``XMLElement``
/// tree in between), with what a walk of the tree would give: the top-level
/// `block`/`shadow` elements are stacks; a block's `<next>` continues its
/// stack; in an input or `<next>` a real block covers a shadow (the first
/// `block` child, else the first `shadow` child); disabled blocks are left
/// out (their inputs unread) but the blocks below them stay; statements
/// nested deeper than ``ProgramLoader/maxNesting`` are refused, at the first
/// such place in reading order.
enum BlocklyXMLLoader {
    static func load(text: String, file: String) throws(ProgramLoadError) -> Program {
        var builder = BlocklyProgramBuilder(file: file)
        do {
            try XMLReader.read(text: text, file: file, into: &builder)
        } catch {
            throw ProgramLoadError(
                id: "maze.program.bad-xml", file: file, location: error.location, message: error.message)
        }
        return try builder.program()
    }
}

/// Builds a ``Program`` from the events of a Blockly XML document (see
/// ``BlocklyXMLLoader``). Every `block`/`shadow` element that is read
/// becomes a node; an open element is a small frame that points at its node.
struct BlocklyProgramBuilder: XMLEventHandler {
    /// A `block` or `shadow` element that was read.
    private struct Node {
        var block: Block
        var disabled: Bool
        /// The first problem in the block's inputs, in reading order.
        var problem: ProgramLoadError?
        /// The node below it: the preferred block of its first `<next>`.
        var next: Int?
    }

    /// An open element.
    private struct Frame {
        enum Kind { case root, block, field, statement, value, next, ignored }
        var kind: Kind
        /// Blocks: how deep the block is nested; statement and value inputs: how deep their blocks are.
        var depth = 0
        /// Blocks: the node.
        var node = 0
        /// An input's `name`.
        var name = ""
        /// A block: whether its first `<next>` was seen.
        var sawNext = false
        /// An input or `<next>`: the nodes of its first block and its first shadow.
        var firstBlock: Int?
        var firstShadow: Int?
        /// A field: its text.
        var text = ""

        init(_ kind: Kind, depth: Int = 0) {
            self.kind = kind
            self.depth = depth
        }

        /// The node an input or `<next>` holds: a real block covers a shadow.
        var preferred: Int? { firstBlock ?? firstShadow }
    }

    private let file: String
    private var nodes: [Node] = []
    private var frames: [Frame] = []
    private var stacks: [[Block]] = []
    private var hasDisabledBlocks = false
    private var problem: ProgramLoadError?
    /// Set when the root element is not `<xml>`.
    private var foreignRoot: (name: String, location: SourceLocation?)?

    init(file: String) {
        self.file = file
        nodes.reserveCapacity(16)
        frames.reserveCapacity(16)
    }

    /// The program, or the first problem.
    func program() throws(ProgramLoadError) -> Program {
        if let foreignRoot {
            let place = foreignRoot.location?.description ?? file
            throw ProgramLoadError(
                id: "maze.program.not-blockly", file: file, location: foreignRoot.location,
                message: LocalizedText(
                    en: "\(place): this XML is not a Blockly program (it starts with <\(foreignRoot.name)>, not <xml>)",
                    km: "\(place): XML នេះមិនមែនជាកម្មវិធី Blockly ទេ (វាចាប់ផ្ដើមដោយ <\(foreignRoot.name)> មិនមែន <xml>)"))
        }
        if let problem { throw problem }
        return Program(file: file, format: .blocklyXML, stacks: stacks, hasDisabledBlocks: hasDisabledBlocks)
    }

    // MARK: Events

    mutating func startElement(_ tag: borrowing XMLStartTag) {
        guard let parent = frames.indices.last else {
            if tag.hasName("xml") {
                frames.append(Frame(.root))
            } else {
                foreignRoot = (tag.name, tag.location)
                frames.append(Frame(.ignored))
            }
            return
        }
        switch frames[parent].kind {
        case .root:
            if tag.hasName("block") {
                startBlock(tag, depth: 0, isShadow: false)
            } else if tag.hasName("shadow") {
                startBlock(tag, depth: 0, isShadow: true)
            } else {
                frames.append(Frame(.ignored))
            }
        case .statement, .value, .next:
            let depth = frames[parent].depth
            if frames[parent].firstBlock == nil, tag.hasName("block") {
                frames[parent].firstBlock = nodes.count
                startBlock(tag, depth: depth, isShadow: false)
            } else if frames[parent].firstShadow == nil, tag.hasName("shadow") {
                frames[parent].firstShadow = nodes.count
                startBlock(tag, depth: depth, isShadow: true)
            } else {
                frames.append(Frame(.ignored))
            }
        case .block:
            startInput(tag, in: parent)
        case .field, .ignored:
            frames.append(Frame(.ignored))
        }
    }

    mutating func characters(_ text: borrowing XMLCharacters) {
        guard let top = frames.indices.last, frames[top].kind == .field else { return }
        frames[top].text += text.string
    }

    mutating func endElement() {
        guard let frame = frames.popLast() else { return }
        let owner = frames.last?.node ?? 0
        switch frame.kind {
        case .ignored:
            return
        case .root:
            return
        case .field:
            nodes[owner].block.fields[frame.name] = frame.text.trimmingWhitespace()
        case .statement:
            guard let first = frame.preferred else {
                nodes[owner].block.statements[frame.name] = []
                return
            }
            let (blocks, problem) = chain(from: first)
            nodes[owner].block.statements[frame.name] = blocks
            if nodes[owner].problem == nil {
                nodes[owner].problem = frame.depth > ProgramLoader.maxNesting
                    ? ProgramLoader.tooDeep(file: file, location: nodes[first].block.location) : problem
            }
        case .value:
            guard let inner = frame.preferred else { return }
            nodes[owner].block.values[frame.name] = nodes[inner].block
            if nodes[owner].problem == nil { nodes[owner].problem = nodes[inner].problem }
        case .next:
            nodes[owner].next = frame.preferred
        case .block:
            // A top-level stack is finished; blocks inside inputs wait for their input's end.
            guard frames.last?.kind == .root else { return }
            let (blocks, problem) = chain(from: frame.node)
            if self.problem == nil { self.problem = problem }
            if !blocks.isEmpty { stacks.append(blocks) }
        }
    }

    // MARK: Building

    private mutating func startBlock(_ tag: borrowing XMLStartTag, depth: Int, isShadow: Bool) {
        let block = Block(type: tag.attribute("type") ?? "", id: tag.attribute("id"), location: tag.location, isShadow: isShadow)
        // Blockly up to v10 writes disabled="true"; v11 writes disabled-reasons="MANUALLY_DISABLED,…"
        // and still reads disabled="true" or "disabled", as written (case matters).
        let disabled = ["true", "disabled"].contains(tag.attribute("disabled") ?? "")
            || !(tag.attribute("disabled-reasons") ?? "").isEmpty
        var frame = Frame(.block, depth: depth)
        frame.node = nodes.count
        if disabled { hasDisabledBlocks = true }
        nodes.append(Node(block: block, disabled: disabled))
        frames.append(frame)
    }

    /// An element inside a block: an input with a `name`, the block's first `<next>`, or ignored.
    private mutating func startInput(_ tag: borrowing XMLStartTag, in parent: Int) {
        let depth = frames[parent].depth
        if tag.hasName("next") {
            if frames[parent].sawNext {
                frames.append(Frame(.ignored))
            } else {
                frames[parent].sawNext = true
                frames.append(Frame(.next, depth: depth))
            }
            return
        }
        let kind: Frame.Kind
        if tag.hasName("field") {
            kind = .field
        } else if tag.hasName("statement") {
            kind = .statement
        } else if tag.hasName("value") {
            kind = .value
        } else {
            frames.append(Frame(.ignored))
            return
        }
        guard let name = tag.attribute("name") else {
            frames.append(Frame(.ignored))
            return
        }
        var frame = Frame(kind, depth: depth + 1)
        frame.name = name
        frames.append(frame)
    }

    /// The blocks of the stack that starts at a node (disabled ones left out,
    /// the blocks below them kept), and the first problem in them.
    private func chain(from start: Int) -> (blocks: [Block], problem: ProgramLoadError?) {
        var blocks: [Block] = []
        var problem: ProgramLoadError?
        var current: Int? = start
        while let index = current {
            let node = nodes[index]
            if !node.disabled {
                if problem == nil { problem = node.problem }
                blocks.append(node.block)
            }
            current = node.next
        }
        return (blocks, problem)
    }
}
