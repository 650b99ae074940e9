/// An `Int` kept in 32 bits: positions and text-map runs store their numbers this way, since
/// no file copydesk reads reaches 2 GiB (`ArticleLoader.maxSupportedBytes`). The value must be
/// below 2^31.
@propertyWrapper
public struct Int32Storage: Sendable, Hashable {
    @usableFromInline var bits: Int32

    @inlinable
    public init(wrappedValue: Int) { bits = Int32(wrappedValue) }

    @inlinable
    public var wrappedValue: Int {
        get { Int(bits) }
        set { bits = Int32(newValue) }
    }
}
