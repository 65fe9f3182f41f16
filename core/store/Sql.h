#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace vcdesk {

/// Small helpers that turn Qt Sql's error state into vcdesk Errors ("wallet.sql", or
/// "wallet.busy" when another connection holds the write lock too long).
class Sql
{
    Q_DECLARE_TR_FUNCTIONS(Sql)
public:
    /// Prepares, binds `values` in order and executes.
    static Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql,
                                 const QVariantList &values = {});
    static Status exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    /// The first column of the first row, or an invalid QVariant when there is no row.
    static Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql,
                                   const QVariantList &values = {});
    static Error error(const QSqlError &error);
    /// A null QString binds as SQL NULL; the wallet never means that (it passes an invalid
    /// QVariant for NULL), so strings are bound as empty text instead.
    static QVariant bindable(const QVariant &value);
};

} // namespace vcdesk
