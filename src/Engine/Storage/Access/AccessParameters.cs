using System.Data.OleDb;
using System.Runtime.Versioning;

namespace StateTrace.Engine.Storage.Access;

/// <summary>
/// Typed positional parameters (ACE guesses badly from untyped ones): text as Unicode, long text as MEMO, dates as
/// DATETIME. Strings are normalised by the caller with <see cref="RowSignature.Normalize"/>.
/// </summary>
[SupportedOSPlatform("windows")]
internal static class AccessParameters
{
    public static OleDbParameter Of(object? value) => value switch
    {
        null => new OleDbParameter { OleDbType = OleDbType.VarWChar, Value = DBNull.Value },
        string text => new OleDbParameter { OleDbType = text.Length > 255 ? OleDbType.LongVarWChar : OleDbType.VarWChar, Size = Math.Max(text.Length, 1), Value = text },
        int number => new OleDbParameter { OleDbType = OleDbType.Integer, Value = number },
        long number => new OleDbParameter { OleDbType = OleDbType.Double, Value = (double)number },
        DateTime date => new OleDbParameter { OleDbType = OleDbType.Date, Value = date },
        _ => new OleDbParameter { Value = value },
    };
}
