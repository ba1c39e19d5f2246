import KruCore

/// A growable run of UTF-8 bytes for building text: appending a piece is one bounds check and
/// one copy (an `Array` append also checks uniqueness and goes through generic paths, which
/// costs several times more for the short pieces messages are made of). Not copyable: it owns
/// its memory.
struct UTF8Buffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes written.
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// Appends bytes, which must be whole UTF-8 (no character cut in two).
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        let length = bytes.count
        if count + length > capacity { grow(toHold: count + length) }
        let target = base + count
        if length <= 16 {
            Self.copySmall(from: UnsafeRawPointer(source), to: UnsafeMutableRawPointer(target), count: length)
        } else {
            target.update(from: source, count: length)
        }
        count += length
    }

    /// Copies 1 to 16 bytes with two loads and two stores that may overlap: most pieces of a
    /// message are that short, and a call to `memmove` costs more than copying them.
    @inline(__always)
    private static func copySmall(from source: UnsafeRawPointer, to target: UnsafeMutableRawPointer, count: Int) {
        if count >= 8 {
            let head = source.loadUnaligned(as: UInt64.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            target.storeBytes(of: head, as: UInt64.self)
            target.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4 {
            let head = source.loadUnaligned(as: UInt32.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            target.storeBytes(of: head, as: UInt32.self)
            target.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        } else {
            // 1 to 3 bytes: the first, the middle (the first again when there is one) and the last.
            let first = source.load(as: UInt8.self)
            let middle = source.load(fromByteOffset: count / 2, as: UInt8.self)
            let last = source.load(fromByteOffset: count - 1, as: UInt8.self)
            target.storeBytes(of: first, as: UInt8.self)
            target.storeBytes(of: middle, toByteOffset: count / 2, as: UInt8.self)
            target.storeBytes(of: last, toByteOffset: count - 1, as: UInt8.self)
        }
    }

    /// Appends the 1 to 8 bytes of a name packed in a number (``TagNames/key(_:)``: the first
    /// byte lowest, no 0 byte inside, the rest 0) with one store: a tag name written without
    /// reading its `String`.
    @inline(__always)
    mutating func append(packed name: UInt64) {
        if count + 8 > capacity { grow(toHold: count + 8) }
        UnsafeMutableRawPointer(base + count).storeBytes(of: name.littleEndian, as: UInt64.self)
        count += (71 - name.leadingZeroBitCount) / 8
    }

    /// Appends one byte, an ASCII one (a byte of a longer character would leave broken UTF-8).
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base[count] = byte
        count += 1
    }

    /// Lends the bytes written after the first `start`.
    @inline(__always)
    func withBytes<Result>(from start: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        body(UnsafeBufferPointer(start: base + start, count: count - start))
    }

    /// Drops the bytes after the first `newCount`.
    mutating func truncate(to newCount: Int) {
        precondition(newCount >= 0 && newCount <= count, "truncating beyond the written bytes")
        count = newCount
    }

    /// The bytes written, as a string. Every piece appended was whole UTF-8 (the callers'
    /// contract), so the bytes are copied without being validated again (validating costs
    /// more than writing them); only whether they are all ASCII is worked out, as `String`
    /// keeps that for its fast paths.
    func string() -> String {
        UTF8Scan.string(UnsafeBufferPointer(start: base, count: count))
    }

    private mutating func grow(toHold needed: Int) {
        var newCapacity = 2 * capacity
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
