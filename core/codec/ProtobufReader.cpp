#include "core/codec/ProtobufReader.h"

#include "core/codec/Varint.h"

namespace vcdesk {

Result<ProtobufField> ProtobufReader::next()
{
    auto key = Varint::read(m_data, m_offset);
    if (!key)
        return Error{QStringLiteral("protobuf.truncated"), tr("protobuf field key is truncated")};
    ProtobufField field;
    const quint64 fieldNumber = key.value() >> 3;
    if (fieldNumber == 0 || fieldNumber > 0x1fffffff)
        return Error{QStringLiteral("protobuf.field_number"), tr("invalid protobuf field number")};
    field.fieldNumber = quint32(fieldNumber);
    const auto wire = int(key.value() & 7);
    auto need = [&](qsizetype n) -> bool { return n <= m_data.size() - m_offset; };
    switch (wire) {
    case 0: {
        auto value = Varint::read(m_data, m_offset);
        if (!value)
            return Error{QStringLiteral("protobuf.truncated"), tr("protobuf varint is truncated")};
        field.wireType = ProtobufField::WireType::Varint;
        field.number = value.value();
        return field;
    }
    case 1:
    case 5: {
        const qsizetype size = wire == 1 ? 8 : 4;
        if (!need(size))
            return Error{QStringLiteral("protobuf.truncated"),
                         tr("protobuf fixed field is truncated")};
        quint64 value = 0;
        for (qsizetype i = 0; i < size; ++i)
            value |= quint64(static_cast<unsigned char>(m_data[m_offset + i])) << (8 * i);
        m_offset += size;
        field.wireType =
            wire == 1 ? ProtobufField::WireType::Fixed64 : ProtobufField::WireType::Fixed32;
        field.number = value;
        return field;
    }
    case 2: {
        auto length = Varint::read(m_data, m_offset);
        if (!length || length.value() > quint64(m_data.size() - m_offset))
            return Error{QStringLiteral("protobuf.truncated"),
                         tr("protobuf length-delimited field runs past the end")};
        field.wireType = ProtobufField::WireType::LengthDelimited;
        field.bytes = m_data.sliced(m_offset, qsizetype(length.value()));
        m_offset += qsizetype(length.value());
        return field;
    }
    default:
        return Error{QStringLiteral("protobuf.wire_type"),
                     tr("protobuf wire type %1 is not supported").arg(wire)};
    }
}

} // namespace vcdesk
