import Foundation

/// A file written to a temporary name beside its destination and renamed into
/// place when complete, so a crash never leaves a half-written output.
///
/// Plain POSIX calls (open, write, rename): a run writes one file per
/// student, and Foundation's file APIs cost several extra system calls each.
package final class AtomicFile {
    package let destination: URL
    private let temporary: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []

    package init(_ destination: URL) throws(BatchError) {
        self.destination = destination
        let folder = destination.deletingLastPathComponent()
        // String paths: URL's appendingPathComponent asks the file system whether each name is a folder.
        temporary = folder.path + "/.\(destination.lastPathComponent).\(UUID().uuidString).tmp"
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor < 0, errno == ENOENT {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw Self.cannotWrite(destination, "\(error)")
            }
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else {
            throw Self.cannotWrite(destination, Self.systemError())
        }
    }

    package func append(_ text: String) throws(BatchError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    private func flush() throws(BatchError) {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw in
                systemWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw Self.cannotWrite(destination, Self.systemError())
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Finishes the file and moves it into place; `durable` also flushes it
    /// to the disk first (for the few run-wide files, not every report).
    package func commit(durable: Bool = true) throws(BatchError) {
        do throws(BatchError) {
            try flush()
            if durable, fsync(descriptor) != 0 { throw Self.cannotWrite(destination, Self.systemError()) }
            let closed = close(descriptor)
            descriptor = -1
            if closed != 0 { throw Self.cannotWrite(destination, Self.systemError()) }
            if rename(temporary, destination.path) != 0 { throw Self.cannotWrite(destination, Self.systemError()) }
        } catch {
            abandon()
            throw error
        }
    }

    /// `PATH: cannot write (REASON)`, with what to check, in English and Khmer.
    static func cannotWrite(_ destination: URL, _ reason: String) -> BatchError {
        BatchError(
            en: "\(destination.path): cannot write (\(reason)); check that the output folder is writable and the disk is not full",
            km: "\(destination.path): មិនអាចសរសេរបានទេ (\(reason)); សូមពិនិត្យថាថតលទ្ធផលអាចសរសេរបាន ហើយថាសមិនពេញ")
    }

    /// The text of the current `errno`.
    private static func systemError() -> String { String(cString: strerror(errno)) }

    /// Drops the temporary file.
    package func abandon() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
            unlink(temporary)
        } else {
            unlink(temporary)  // closed but not renamed: a failed commit
        }
    }

    deinit {
        if descriptor >= 0 { abandon() }
    }

    /// Writes a whole file atomically (never half-written, even if kru is killed).
    package static func write(_ text: String, to destination: URL, durable: Bool = false) throws(BatchError) {
        let file = try AtomicFile(destination)
        try file.append(text)
        try file.commit(durable: durable)
    }
}

/// `write(2)` (the name is taken inside ``AtomicFile``).
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
