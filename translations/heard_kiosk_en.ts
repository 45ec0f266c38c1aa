<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>heard::AdultSetup</name>
    <message>
        <source>Adult mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the survey for the next child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened when the tablet was handed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device status; never shows any answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers waiting to upload, enrolment and notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices for the next child&apos;s survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the survey for the child&apos;s age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The languages this survey is written in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off, on when the child taps a speaker, or reading everything aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: tap a speaker to listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read everything aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger text and buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow and white on black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-switch scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights each button in turn; Enter or the switch chooses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds each button stays highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the survey is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded with the answers so reports can tell modes apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child on their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child with help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult reads aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have told the child what this survey is for, that it is their choice, and that I will not see their answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child has been told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed before handing over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the kiosk app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over to the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the survey for the child</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heard::AudioPlayer</name>
    <message>
        <source>Speech could not be made in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio unavailable: no sound device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio unavailable: no recording and no speech synthesiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio unavailable: speech could not be made for this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio unavailable: the speech synthesiser did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio unavailable: playback failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heard::ChildFlow</name>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer could not be saved (%1). Earlier answers are safe. Free some space or check the device, then try again, or stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child asked for their answers to be deleted, but they could not be deleted (%1). Try again from the child&apos;s screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the session could not be saved (%1). The answers given are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heard::ChoiceGridView</name>
    <message>
        <source>Choose as many as fit, then Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heard::CornerHotspot</name>
    <message>
        <source>Adult access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for a few seconds to ask for the adult PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heard::EndScreen</name>
    <message>
        <source>Your answers have been deleted. Nobody will see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you want to talk to someone, you can call Childline free on 0800 1111, day or night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your advocate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time, children told us what they think, and this happened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the tablet back to the grown-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish and hand back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heard::FreeTextView</name>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. You can leave it blank.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heard::InfoView</name>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your advocate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heard::KioskWindow</name>
    <message>
        <source>Heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you! Please give the tablet back to the grown-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-back screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grown-up: enter PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens adult mode with the adult PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers waiting to upload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers waiting to upload: unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful upload: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment: not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child is using the survey. Unlocking ends their session; what they answered is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last child finished the survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last child stopped before the end. What they answered is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last session ended after nobody touched the screen for a while. What was answered is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last child chose not to keep their answers: everything they answered has been deleted from this tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child asked to talk to someone. Please make time to talk with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you! Please give the tablet back to the grown-up. They will know you want to talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful upload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment: enrolled with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers the inbox refused, kept on this device: %1. Tell the LA; they can be exported with heard-device export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heard::LaMessageDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time, children told us what they think. This is what happened:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heard::LadderView</name>
    <message>
        <source>%1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the end of the scale means</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heard::MessagePage</name>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heard::PauseDialog</name>
    <message>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the question again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Take your time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heard::PictureWords</name>
    <message>
        <source>A sheet of answers torn up and going into a bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sheet of answers kept safe in a box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A carry on sign and a stop sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A heart that says thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture to go with the words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heard::PinPrompt</name>
    <message>
        <source>Adult PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the child&apos;s screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult PIN screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information for the grown-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the adult PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grown-up: enter the adult PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PIN opens adult mode and unlocks the kiosk. Use at least %1 digits and keep it away from children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open adult mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heard::ProgressRow</name>
    <message>
        <source>How far you have got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen %1 of about %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heard::QuestionView</name>
    <message>
        <source>Picture for the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help with the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this if you are not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this if you don&apos;t want to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next question without answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to change an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand, carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heard::SessionBar</name>
    <message>
        <source>I want to talk to someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells the grown-up you want to talk, without showing any answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides the question until you carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the survey; your answers so far are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound is not working on this tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grown-up will know you want to talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound is not working on this tablet. You can read the words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heard::SpeakerButton</name>
    <message>
        <source>Listen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads this aloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heard::StillThereDialog</name>
    <message>
        <source>Yes, I&apos;m here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on with the survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heard::StopDialog</name>
    <message>
        <source>Keep my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop now; the answers you gave are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t keep my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop now and delete every answer you gave today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to stop? That is fine.

You choose: we can keep the answers you gave, or not keep them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heard::StorageProblemPage</name>
    <message>
        <source>Please hand the tablet back to the grown-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the grown-up: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message for the grown-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the grown-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heard::TalkDialog</name>
    <message>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether your answers are kept, then stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for telling us. When you give the tablet back, the grown-up will know you want to talk to someone. They will not see your answers.

Do you want to carry on, or stop now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heard::WithdrawDialog</name>
    <message>
        <source>Yes, delete my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every answer you gave today and stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you don&apos;t want us to keep your answers, we will delete all the answers you gave today. Nobody will see them, not even the grown-up. You will not get into trouble.

Do you want us to delete your answers?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heard::WithdrawProblemDialog</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again to delete your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are not deleted yet. Please ask the grown-up to help, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heard::YesNoView</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
