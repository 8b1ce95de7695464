namespace StateTrace.Engine.Storage;

/// <summary>A store could not be opened or written: the environment's fault, not the input's (exit code 4).</summary>
public sealed class StoreException : Exception
{
    public StoreException(string message) : base(message)
    {
    }

    public StoreException(string message, Exception inner) : base(message, inner)
    {
    }
}
