#pragma once

#include "core/common/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace vcdesk {

/// One field read from protobuf wire format. For length-delimited fields `bytes` views into
/// the reader's input (which must outlive it); for varint and fixed fields `number` holds it.
struct ProtobufField
{
    enum class WireType { Varint = 0, Fixed64 = 1, LengthDelimited = 2, Fixed32 = 5 };

    quint32 fieldNumber = 0;
    WireType wireType = WireType::Varint;
    quint64 number = 0;
    QByteArrayView bytes;
};

/// A small, bounds-checked reader of protobuf wire format (enough for did:prism operations).
/// Groups (wire types 3 and 4) and field number 0 are refused.
class ProtobufReader
{
    Q_DECLARE_TR_FUNCTIONS(ProtobufReader)
public:
    explicit ProtobufReader(QByteArrayView data)
        : m_data(data)
    {
    }
    /// The reader keeps a view: a temporary would be gone before the first field is read.
    explicit ProtobufReader(QByteArray &&) = delete;

    bool atEnd() const { return m_offset >= m_data.size(); }
    Result<ProtobufField> next();

private:
    QByteArrayView m_data;
    qsizetype m_offset = 0;
};

} // namespace vcdesk
