import Foundation

/// A file written to a temporary name beside its destination and renamed into
/// place when complete, so a crash never leaves a half-written output.
package final class AtomicFile {
    package let destination: URL
    private let temporary: URL
    private let handle: FileHandle
    private var buffer = Data()

    package init(_ destination: URL) throws(BatchError) {
        self.destination = destination
        let folder = destination.deletingLastPathComponent()
        temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
                throw BatchError("cannot create \(temporary.path)")
            }
            handle = try FileHandle(forWritingTo: temporary)
        } catch {
            throw BatchError("\(destination.path): cannot write (\(error)); check that the output folder is writable")
        }
    }

    package func append(_ text: String) throws(BatchError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    private func flush() throws(BatchError) {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw BatchError("\(destination.path): cannot write (\(error))")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Finishes the file and moves it into place; `durable` also flushes it
    /// to the disk first (for the few run-wide files, not every report).
    package func commit(durable: Bool = true) throws(BatchError) {
        try flush()
        do {
            if durable { try handle.synchronize() }
            try handle.close()
            if rename(temporary.path, destination.path) != 0 {
                throw BatchError(String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw BatchError("\(destination.path): cannot write (\(error))")
        }
    }

    /// Drops the temporary file.
    package func abandon() {
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }

    deinit {
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }

    /// Writes a whole file atomically (never half-written, even if kru is killed).
    package static func write(_ text: String, to destination: URL, durable: Bool = false) throws(BatchError) {
        let file = try AtomicFile(destination)
        try file.append(text)
        try file.commit(durable: durable)
    }
}
