/// Every block of a program in reading order (``Program/allBlocks``), walked
/// once: how deep each block is nested and where the blocks nested in it end.
///
/// Grading reads the program several times (checking, counting, compiling,
/// the checks); they all share one outline instead of walking the program
/// again each time.
struct ProgramOutline: Sendable {
    let program: Program
    /// Every block in reading order: a block, then its value inputs (by
    /// name), then its statements (by name), then the block below it.
    let blocks: [Block]
    /// How deep each block is nested (0 for the blocks of a top-level stack).
    let depths: [Int]
    /// For each block, the index just after the blocks nested in it (its
    /// inputs, not the blocks below it).
    let ends: [Int]
    /// The index of the first block of each stack.
    let stackStarts: [Int]
    /// Blocks that count towards the size (shadow and `math_number` blocks do not).
    let blockCount: Int

    init(_ program: Program) {
        enum Work {
            case chain(ArraySlice<Block>, depth: Int)
            case close(Int)
        }
        // Room for a small program's blocks at once.
        let room = 16
        var blocks: [Block] = []
        blocks.reserveCapacity(room)
        var depths: [Int] = []
        depths.reserveCapacity(room)
        var ends: [Int] = []
        ends.reserveCapacity(room)
        var stackStarts: [Int] = []
        stackStarts.reserveCapacity(program.stacks.count)
        var blockCount = 0
        // Explicit stack of work: no recursion on nesting.
        var pending: [Work] = []
        pending.reserveCapacity(room)
        for stack in program.stacks {
            stackStarts.append(blocks.count)
            pending.append(.chain(stack[...], depth: 0))
            while let work = pending.popLast() {
                switch work {
                case .close(let index):
                    ends[index] = blocks.count
                case .chain(var chain, let depth):
                    guard let block = chain.popFirst() else { continue }
                    let index = blocks.count
                    blocks.append(block)
                    depths.append(depth)
                    ends.append(index + 1)
                    if block.counts { blockCount += 1 }
                    if !chain.isEmpty { pending.append(.chain(chain, depth: depth)) }
                    if block.values.isEmpty, block.statements.isEmpty { continue }
                    pending.append(.close(index))
                    block.forEachStatementByName(reversed: true) { _, blocks in
                        pending.append(.chain(blocks[...], depth: depth + 1))
                    }
                    for name in block.values.keys.sorted().reversed() {
                        pending.append(.chain([block.values[name]!][...], depth: depth + 1))
                    }
                }
            }
        }
        self.program = program
        self.blocks = blocks
        self.depths = depths
        self.ends = ends
        self.stackStarts = stackStarts
        self.blockCount = blockCount
    }

    /// The names and ordinals of every block, for feedback (of a program
    /// without unknown blocks: names come from the known kinds).
    func infos() -> [BlockInfo] {
        // How many blocks of each name so far: a program has a handful of
        // names, so a short list beats a dictionary.
        var counts: [(name: String, count: Int)] = []
        counts.reserveCapacity(8)
        return blocks.map { block -> BlockInfo in
            let name = BlockInfo.name(of: block)
            let ordinal: Int
            if let index = counts.firstIndex(where: { $0.name == name.en }) {
                counts[index].count += 1
                ordinal = counts[index].count
            } else {
                counts.append((name.en, 1))
                ordinal = 1
            }
            return BlockInfo(id: block.id, type: block.type, location: block.location, name: name, ordinal: ordinal)
        }
    }

    /// Which one of its kind block `index` is (1-based, in reading order).
    func ordinal(of index: Int) -> Int {
        let name = BlockInfo.name(of: blocks[index]).en
        return blocks[...index].count { BlockInfo.name(of: $0).en == name }
    }
}
