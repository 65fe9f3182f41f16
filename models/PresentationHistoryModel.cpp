#include "models/PresentationHistoryModel.h"

#include "core/common/DisplayText.h"
#include "core/store/Wallet.h"
#include "models/ReadableName.h"
#include "models/WalletSession.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

namespace vcdesk {

PresentationHistoryModel::PresentationHistoryModel(WalletSession &session, qint64 profileId,
                                                   QObject *parent)
    : PagedRowsModel(parent)
    , m_session(&session)
    , m_profileId(profileId)
{
    reload();
}

QString PresentationHistoryModel::verifierText(const PresentationRecord &record)
{
    if (!record.trustedName.isEmpty())
        return DisplayText::escape(record.trustedName, 120);
    if (!record.verifierName.isEmpty())
        return tr("%1 (name not verified)").arg(DisplayText::escape(record.verifierName, 120));
    return DisplayText::escape(record.clientId, 200);
}

QString PresentationHistoryModel::outcomeText(PresentationRecord::Outcome outcome)
{
    switch (outcome) {
    case PresentationRecord::Outcome::Shared:
        return tr("Shared");
    case PresentationRecord::Outcome::Declined:
        return tr("Declined");
    case PresentationRecord::Outcome::Refused:
        return tr("Refused by the verifier");
    case PresentationRecord::Outcome::Failed:
        break;
    }
    return tr("Not sent");
}

QString PresentationHistoryModel::sharedText(const PresentationRecord &record)
{
    QStringList parts;
    for (const QJsonValue &value : record.disclosed) {
        const QJsonObject entry = value.toObject();
        const QString credential = DisplayText::escape(
            ReadableName::of(entry.value(QLatin1String("credential")).toString()), 80);
        if (entry.value(QLatin1String("whole")).toBool()) {
            parts << tr("%1 (the whole credential)").arg(credential);
            continue;
        }
        QStringList claims;
        for (const QJsonValue &claim : entry.value(QLatin1String("claims")).toArray())
            claims << DisplayText::escape(ReadableName::ofPath(claim.toString()), 80);
        parts << (claims.isEmpty()
                      ? credential
                      : tr("%1 (%2)").arg(claims.join(QStringLiteral(", ")), credential));
    }
    return parts.join(QStringLiteral("; "));
}

int PresentationHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PresentationHistoryModel::data(const QModelIndex &index, int role) const
{
    const PresentationRecord *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    switch (role) {
    case IdRole:
        return row->id;
    case OutcomeRole:
        return PresentationRecord::outcomeName(row->outcome);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(row->at), QLocale::ShortFormat);
        case VerifierColumn:
            return verifierText(*row);
        case OutcomeColumn:
            return outcomeText(row->outcome);
        case SharedColumn:
            return row->disclosed.isEmpty() ? tr("nothing") : sharedText(*row);
        }
        return {};
    default:
        return {};
    }
}

QVariant PresentationHistoryModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("When");
    case VerifierColumn:
        return tr("To whom");
    case OutcomeColumn:
        return tr("Outcome");
    case SharedColumn:
        return tr("What left your wallet");
    default:
        return {};
    }
}

Result<QList<PresentationRecord>> PresentationHistoryModel::loadAfter(const PresentationRecord *,
                                                                      int) const
{
    return QList<PresentationRecord>(); // only through requestAfter (the session)
}

void PresentationHistoryModel::requestAfter(const PresentationRecord *last, int limit,
                                            Delivery deliver)
{
    if (!m_session || !m_session->isUnlocked()) {
        deliver(QList<PresentationRecord>()); // locked: nothing to show, not an error
        return;
    }
    std::optional<std::pair<qint64, qint64>> after;
    if (last)
        after = std::make_pair(last->at, last->id);
    auto *reading = m_session->read<QList<PresentationRecord>>(
        [profileId = m_profileId, limit, after](
            Wallet &wallet, const ActivityBase::Context &) -> Result<QList<PresentationRecord>> {
            return wallet.presentations().page(profileId, limit, after);
        });
    connect(reading, &ActivityBase::finished, this, [reading, deliver] {
        reading->deleteLater();
        deliver(reading->result());
    });
}

} // namespace vcdesk
