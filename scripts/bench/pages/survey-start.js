// SurveyJS's documented start: a model from the JSON, rendered into a container.
const survey = new Survey.Model(window.BENCH_SURVEY);
survey.render(document.getElementById('quiz'));
window.benchSurvey = survey;
