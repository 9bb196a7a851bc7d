namespace Gongkai.Cli;

/// <summary>What the command's exit code means; other tools rely on these.</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>Something outside the input failed (database unreachable…); the message says what.</summary>
    public const int Failed = 1;

    /// <summary>Bad arguments or bad input; one line on standard error names what is wrong.</summary>
    public const int BadInput = 2;
}
