#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One object of a class per thread, found through a thread-specific key: made the first time
/// a thread asks, held (retained once) by the thread, and released when the thread ends. The
/// memo shelves and the scalar-class tables are kept so: only their own thread reads or writes
/// them, so they take no lock.
@usableFromInline
struct ThreadObjects<Object: AnyObject>: @unchecked Sendable {
    @usableFromInline let key: pthread_key_t

    /// A new key; `purpose` names it in the message if the system has no key left.
    init(for purpose: String) {
        var key = pthread_key_t()
        // A C destructor captures nothing, so it releases the object as any class instance.
        let made = pthread_key_create(&key) { object in
            #if canImport(Darwin)
                Unmanaged<AnyObject>.fromOpaque(object).release()
            #else
                if let object { Unmanaged<AnyObject>.fromOpaque(object).release() }
            #endif
        }
        precondition(made == 0, "no thread-specific key for \(purpose)")
        self.key = key
    }

    /// This thread's object, made by `make` the first time the thread asks; not retained for
    /// the caller (the thread holds it until it ends).
    @inlinable @inline(__always)
    func current(orMake make: () -> Object) -> Unmanaged<Object> {
        if let object = pthread_getspecific(key) { return Unmanaged<Object>.fromOpaque(object) }
        let object = Unmanaged.passRetained(make())
        pthread_setspecific(key, object.toOpaque())
        return object
    }
}
