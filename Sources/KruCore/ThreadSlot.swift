#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One object per thread, kept between uses on that thread. kru keeps a libxml2 parser
/// context in one (KruHTML, KruXML), so that a parse does not pay for creating and freeing
/// a context, and threads never share one; and the working memory of tree building and of
/// the HTML diagnostics (Swift objects: ``init(holdingObjects:)``), reused page after page.
///
/// The object is taken out of the slot for as long as it is in use (a use inside a use finds
/// the slot empty and makes its own), kept again when it may serve once more, and handed to
/// `destroy` when its thread ends.
package final class ThreadSlot: Sendable {
    private let key: pthread_key_t

    /// - Parameters:
    ///   - what: what the slot holds, for the message if the system has no slot left.
    ///   - destroy: frees a kept object when its thread ends (a C function: it captures nothing).
    package init(holding what: String, destroy: @escaping @convention(c) (UnsafeMutableRawPointer?) -> Void) {
        var key = pthread_key_t()
        let status = pthread_key_create(&key, destroy)
        precondition(status == 0, "no thread-local slot for \(what)")
        self.key = key
    }

    /// This thread's kept object, now the caller's, or `nil` when none is kept.
    package func take() -> UnsafeMutableRawPointer? {
        guard let kept = pthread_getspecific(key) else { return nil }
        pthread_setspecific(key, nil)
        return kept
    }

    /// Whether this thread keeps no object.
    package var isEmpty: Bool { pthread_getspecific(key) == nil }

    /// Keeps `object` for this thread's next ``take()``; the slot must be empty.
    package func keep(_ object: UnsafeMutableRawPointer) {
        precondition(isEmpty, "the thread's slot already keeps an object")
        pthread_setspecific(key, object)
    }
}

extension ThreadSlot {
    /// A slot for Swift objects (kept with ``keep(_:)-(AnyObject)``, taken with ``take(_:)``),
    /// released when their thread ends.
    package convenience init(holdingObjects what: String) {
        self.init(holding: what) { object in
            if let object { Unmanaged<AnyObject>.fromOpaque(object).release() }
        }
    }

    /// This thread's kept object, now the caller's, or `nil` when none is kept.
    /// The slot must be one made with ``init(holdingObjects:)`` and keep only `Object`s.
    package func take<Object: AnyObject>(_: Object.Type) -> Object? {
        take().map { Unmanaged<Object>.fromOpaque($0).takeRetainedValue() }
    }

    /// Keeps `object` for this thread's next ``take(_:)``; the slot must be empty.
    package func keep(_ object: AnyObject) {
        keep(Unmanaged.passRetained(object).toOpaque())
    }
}
