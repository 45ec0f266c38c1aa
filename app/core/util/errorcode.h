#pragma once

#include <QString>
#include <QStringList>

/// Every error code heard returns in heard::Error::code, as a named constant holding its stable
/// string. Codes travel over the wire (sync error bodies, rejection reasons) and into files and
/// logs, so a value never changes once released; add a new constant instead. Compare codes only
/// with these constants, never with a literal.
namespace heard::ErrorCode {

inline const QString AlreadySet = QStringLiteral("already_set");
inline const QString AlreadyStarted = QStringLiteral("already_started");
inline const QString AtStart = QStringLiteral("at_start");
inline const QString BadCode = QStringLiteral("bad_code");
inline const QString BadDates = QStringLiteral("bad_dates");
inline const QString BadKey = QStringLiteral("bad_key");
inline const QString BadLaKey = QStringLiteral("bad_la_key");
inline const QString BadReply = QStringLiteral("bad_reply");
inline const QString BadSettings = QStringLiteral("bad_settings");
inline const QString BadSignature = QStringLiteral("bad_signature");
inline const QString BadSpec = QStringLiteral("bad_spec");
inline const QString BadUrl = QStringLiteral("bad_url");
inline const QString BadWav = QStringLiteral("bad_wav");
inline const QString BatchExists = QStringLiteral("batch_exists");
inline const QString Busy = QStringLiteral("busy");
inline const QString CannotOpen = QStringLiteral("cannot_open");
inline const QString CannotSeal = QStringLiteral("cannot_seal");
inline const QString CannotSign = QStringLiteral("cannot_sign");
inline const QString CheckpointBusy = QStringLiteral("checkpoint_busy");
inline const QString ConflictingBytes = QStringLiteral("conflicting_bytes");
inline const QString Corrupt = QStringLiteral("corrupt");
inline const QString CorruptMoveFailed = QStringLiteral("corrupt_move_failed");
inline const QString CorruptMovedAside = QStringLiteral("corrupt_moved_aside");
inline const QString CryptoFailed = QStringLiteral("crypto_failed");
inline const QString DataDirFailed = QStringLiteral("data_dir_failed");
inline const QString DbError = QStringLiteral("db_error");
inline const QString DbOpenFailed = QStringLiteral("db_open_failed");
inline const QString DiskFull = QStringLiteral("disk_full");
inline const QString DuplicateRecord = QStringLiteral("duplicate_record");
inline const QString EmptyAnswer = QStringLiteral("empty_answer");
inline const QString EmptyPassphrase = QStringLiteral("empty_passphrase");
inline const QString Exists = QStringLiteral("exists");
inline const QString FrameworkInvalid = QStringLiteral("framework_invalid");
inline const QString FrameworkUnreadable = QStringLiteral("framework_unreadable");
inline const QString HardeningFailed = QStringLiteral("hardening_failed");
inline const QString HeaderMismatch = QStringLiteral("header_mismatch");
inline const QString InsecurePermissions = QStringLiteral("insecure_permissions");
inline const QString InsecureUrl = QStringLiteral("insecure_url");
inline const QString IntegrityFailed = QStringLiteral("integrity_failed");
inline const QString InvalidOutcome = QStringLiteral("invalid_outcome");
inline const QString InvalidRecord = QStringLiteral("invalid_record");
inline const QString Io = QStringLiteral("io");
inline const QString IoError = QStringLiteral("io_error");
inline const QString KeyMismatch = QStringLiteral("key_mismatch");
inline const QString KeyReused = QStringLiteral("key_reused");
inline const QString Malformed = QStringLiteral("malformed");
inline const QString MalformedBundle = QStringLiteral("malformed_bundle");
inline const QString MalformedDefinition = QStringLiteral("malformed_definition");
inline const QString MalformedPayload = QStringLiteral("malformed_payload");
inline const QString Memory = QStringLiteral("memory");
inline const QString MethodNotAllowed = QStringLiteral("method_not_allowed");
inline const QString MigrationFailed = QStringLiteral("migration_failed");
inline const QString Mismatch = QStringLiteral("mismatch");
inline const QString Network = QStringLiteral("network");
inline const QString NoDeviceKey = QStringLiteral("no_device_key");
inline const QString NoKey = QStringLiteral("no_key");
inline const QString NoPassphrase = QStringLiteral("no_passphrase");
inline const QString NoPinnedCa = QStringLiteral("no_pinned_ca");
inline const QString NoRandomness = QStringLiteral("no_randomness");
inline const QString NoRoot = QStringLiteral("no_root");
inline const QString NoValidKey = QStringLiteral("no_valid_key");
inline const QString NotAnOutbox = QStringLiteral("not_an_outbox");
inline const QString NotDigits = QStringLiteral("not_digits");
inline const QString NotEnrolled = QStringLiteral("not_enrolled");
inline const QString NotFound = QStringLiteral("not_found");
inline const QString NotInProgress = QStringLiteral("not_in_progress");
inline const QString NotSet = QStringLiteral("not_set");
inline const QString NotSigned = QStringLiteral("not_signed");
inline const QString PdfFailed = QStringLiteral("pdf_failed");
inline const QString PragmaFailed = QStringLiteral("pragma_failed");
inline const QString RecordRace = QStringLiteral("record_race");
inline const QString Refused = QStringLiteral("refused");
inline const QString RootMismatch = QStringLiteral("root_mismatch");
inline const QString SchemaTooNew = QStringLiteral("schema_too_new");
inline const QString ServerError = QStringLiteral("server_error");
inline const QString SessionConflict = QStringLiteral("session_conflict");
inline const QString Sodium = QStringLiteral("sodium");
inline const QString StoreFailed = QStringLiteral("store_failed");
inline const QString SurveyMismatch = QStringLiteral("survey_mismatch");
inline const QString ThresholdTooLow = QStringLiteral("threshold_too_low");
inline const QString TooLarge = QStringLiteral("too_large");
inline const QString TooLong = QStringLiteral("too_long");
inline const QString TooMany = QStringLiteral("too_many");
inline const QString TooShort = QStringLiteral("too_short");
inline const QString Unauthorized = QStringLiteral("unauthorized");
inline const QString UnknownChoice = QStringLiteral("unknown_choice");
inline const QString UnknownKey = QStringLiteral("unknown_key");
inline const QString UnknownQuestion = QStringLiteral("unknown_question");
inline const QString Unsupported = QStringLiteral("unsupported");
inline const QString UntrustedDevice = QStringLiteral("untrusted_device");
inline const QString VersionNotNewer = QStringLiteral("version_not_newer");
inline const QString Wait = QStringLiteral("wait");
inline const QString Withheld = QStringLiteral("withheld");
inline const QString WriteFailed = QStringLiteral("write_failed");
inline const QString WrongDevice = QStringLiteral("wrong_device");
inline const QString WrongKind = QStringLiteral("wrong_kind");
inline const QString WrongPassphrase = QStringLiteral("wrong_passphrase");
inline const QString WrongPin = QStringLiteral("wrong_pin");

/// The codes heard::EnvelopeOpener::open and Envelope::verifySignature return, as listed in
/// docs/envelope.md ("Error codes").
QStringList envelopeOpenerCodes();

/// The "error" values of heard-inbox's JSON error bodies, as listed in docs/sync-protocol.md
/// ("Error bodies").
QStringList syncErrorBodyCodes();

/// The "reason" values of a rejected envelope in a batch reply, as listed in
/// docs/sync-protocol.md ("Rejection reasons").
QStringList syncRejectReasons();

} // namespace heard::ErrorCode
