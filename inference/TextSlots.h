#pragma once

#include <torch/torch.h>

#include <QString>

#include <vector>

// A text line as a fixed number of character slots (DiffTSR's 24): the CharacterSet classes of
// its characters from the left, spaces and unknown characters left out, then class 0 (empty)
// in every slot after the text. Longer texts are cut.
namespace TextSlots {

torch::Tensor encode(const std::vector<QString> &texts, int slots); // B×slots int64 (CPU)
// The text of one row of slot classes (slots int64); empty slots are skipped.
QString decode(const torch::Tensor &row);
// A CTC recognizer's reading in slots: its greedy path (repeats collapsed, blanks dropped) puts
// each character into the next slot, as the mean class probabilities of the frames it came
// from; slots after the text are certain of class 0. logProbabilities: T×B×C; B×slots×C (CPU).
torch::Tensor fromCtc(const torch::Tensor &logProbabilities, int slots);

} // namespace TextSlots
